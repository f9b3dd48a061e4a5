//! Agora's integration tests: the real binary on a temporary database, driven over HTTP (and, when a
//! WebDriver is available, in a real browser with an accessibility audit).

mod accounts;
mod api;
mod attacks;
mod authorization;
mod bilaterals;
mod browser;
mod consultations;
mod federation;
mod floor;
mod groups;
mod home;
mod insights;
mod meeting;
mod operations;
mod operator;
mod outcomes;
mod pages;
mod programme;
mod proposals;
mod record;
mod search;
mod spaces;
mod stocktaking;
mod support;
mod tracks;
mod translations;
mod travel_support;
mod village;
mod walkthrough;
