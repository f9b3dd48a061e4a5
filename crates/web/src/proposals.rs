//! Workshop proposals: the IGF form (draft, submit, edit until the deadline, every version kept), speaker
//! invitations by mail, the proposal page with its live diversity summary, Stage-1 screening run and overridden
//! by the Secretariat, and the public list with its CSV and JSON.

use crate::cycles::load as load_cycle;
use crate::dates::day;
use crate::export::{csv_document, csv_response};
use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError, auth, mail};
use agora_app::proposals::{ProposalError, SaveProposal, SpeakerOverCap};
use agora_domain::accounts::{Action, normalise_email};
use agora_domain::cycles::{Format, Phase};
use agora_domain::people::StakeholderGroup;
use agora_domain::proposals::{Diversity, SessionRole, TooLong, diversity, missing_fields, too_long};
use agora_domain::screening::{Outcome, OverrideRefused, Paging, QUEUE_PAGE_SIZE, QueueSort, override_reason, paging};
use agora_store::cycles::{self, Cycle, Theme};
use agora_store::proposals::{self, Draft, NewPerson, Organizer, Person, Proposal};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

pub const PERSON_ROWS: usize = 8;
pub const ORGANIZER_ROWS: usize = 3;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/cycles/{id}/proposals", get(list))
        .route("/cycles/{id}/proposals.csv", get(list_csv))
        .route("/api/cycles/{id}/proposals", get(list_api))
        .route("/cycles/{id}/proposals/new", get(new_form).post(create))
        .route("/proposals/{id}", get(view))
        .route("/proposals/{id}/edit", get(edit_form).post(update))
        .route("/invitations/{token}", get(invitation).post(answer))
        .route("/cycles/{id}/screening", get(screening_page).post(run_screening))
        .route("/proposals/{id}/override", post(override_screening))
}

/// Whether proposals can still be submitted or edited, and the deadline to show.
fn deadline(cycle: &Cycle) -> (bool, String) {
    let open = agora_app::proposals::call_open(cycle, agora_store::now()).is_ok();
    (open, cycle.phase(Phase::CallForProposals).map(|d| day(d.end - 1)).unwrap_or_default())
}

/// The proposal form as typed.
#[derive(Debug, Default)]
pub struct ProposalForm {
    pub title: String,
    pub theme_id: String,
    pub format: String,
    pub duration: String,
    pub description: String,
    pub policy_questions: String,
    pub expected_outcomes: String,
    pub hybrid_plan: String,
    pub sdgs: Vec<String>,
    pub action_lines: Vec<String>,
    pub previous_report_url: String,
    pub organizers: Vec<(String, String, String)>,
    pub people: Vec<(String, String, String, bool)>,
    pub errors: Vec<(String, String)>,
}

impl ProposalForm {
    fn from_form(form: &FormData) -> ProposalForm {
        let organizers = (0..ORGANIZER_ROWS)
            .map(|i| {
                (
                    form.get(&format!("org_name_{i}")).trim().to_string(),
                    form.get(&format!("org_group_{i}")).to_string(),
                    form.get(&format!("org_country_{i}")).to_string(),
                )
            })
            .collect();
        let people = (0..PERSON_ROWS)
            .map(|i| {
                (
                    form.get(&format!("person_role_{i}")).to_string(),
                    form.get(&format!("person_name_{i}")).trim().to_string(),
                    form.get(&format!("person_email_{i}")).trim().to_string(),
                    form.checked(&format!("person_onsite_{i}")),
                )
            })
            .collect();
        ProposalForm {
            title: form.get("title").trim().into(),
            theme_id: form.get("theme_id").into(),
            format: form.get("format").into(),
            duration: form.get("duration").into(),
            description: form.get("description").trim().into(),
            policy_questions: form.get("policy_questions").trim().into(),
            expected_outcomes: form.get("expected_outcomes").trim().into(),
            hybrid_plan: form.get("hybrid_plan").trim().into(),
            sdgs: form.all("sdgs"),
            action_lines: form.all("action_lines"),
            previous_report_url: form.get("previous_report_url").trim().into(),
            organizers,
            people,
            errors: Vec::new(),
        }
    }

    fn from_proposal(p: &Proposal, organizers: &[Organizer], people: &[Person]) -> ProposalForm {
        let mut form = ProposalForm {
            title: p.title.clone(),
            theme_id: p.theme_id.map(|t| t.to_string()).unwrap_or_default(),
            format: p.format.clone(),
            duration: if p.duration > 0 { p.duration.to_string() } else { String::new() },
            description: p.description.clone(),
            policy_questions: p.policy_questions.clone(),
            expected_outcomes: p.expected_outcomes.clone(),
            hybrid_plan: p.hybrid_plan.clone(),
            sdgs: p.sdgs.split(',').filter(|s| !s.is_empty()).map(String::from).collect(),
            action_lines: p.action_lines.split(',').filter(|s| !s.is_empty()).map(String::from).collect(),
            previous_report_url: p.previous_report_url.clone(),
            organizers: organizers.iter().map(|o| (o.organization.clone(), o.stakeholder_group.clone(), o.country.clone())).collect(),
            people: people.iter().map(|p| (p.role.clone(), p.name.clone(), p.email.clone(), p.onsite == 1)).collect(),
            errors: Vec::new(),
        };
        form.pad();
        form
    }

    /// Empty rows up to the form's size, so there is room to add people without JavaScript.
    fn pad(&mut self) {
        while self.organizers.len() < ORGANIZER_ROWS {
            self.organizers.push(Default::default());
        }
        while self.people.len() < PERSON_ROWS {
            self.people.push((SessionRole::Speaker.code().into(), String::new(), String::new(), true));
        }
    }

    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| f == field).map(|(_, m)| m.as_str())
    }

    pub fn has_sdg(&self, goal: &u8) -> bool {
        self.sdgs.iter().any(|s| *s == goal.to_string())
    }

    pub fn has_line(&self, id: &str) -> bool {
        self.action_lines.iter().any(|s| s == id)
    }

    fn add(&mut self, page: &Page, field: impl Into<String>, key: &str, args: &[(&'static str, String)]) {
        self.errors.push((field.into(), crate::i18n::text_with(page.lang, key, args)));
    }

    /// Checks the form and builds the draft; submitting also requires every field of the IGF form.
    /// (The speaker cap depends on other proposals and is counted when saving, in the transaction that writes.)
    fn validate(&mut self, page: &Page, cycle: &Cycle, themes: &[Theme], submit: bool) -> Draft {
        let rules = &cycle.rules;
        if self.title.is_empty() {
            self.add(page, "title", "proposal-error-title", &[]);
        }
        // The call's own limits, as screening applies them: a draft never holds what screening would refuse.
        for problem in too_long(&self.title, &self.description, rules) {
            match problem {
                TooLong::Title { length, max } => {
                    self.add(page, "title", "proposal-error-title-length", &[("length", length.to_string()), ("max", max.to_string())])
                }
                TooLong::Description { words, max } => self.add(
                    page,
                    "description",
                    "proposal-error-description-words",
                    &[("words", words.to_string()), ("max", max.to_string())],
                ),
            }
        }
        let theme_id = self.theme_id.parse::<i64>().ok().filter(|t| themes.iter().any(|th| th.id == *t));
        if !self.theme_id.is_empty() && theme_id.is_none() {
            self.add(page, "theme_id", "proposal-error-choice", &[]);
        }
        if !self.format.is_empty() && Format::from_code(&self.format).is_none() {
            self.add(page, "format", "proposal-error-choice", &[]);
        }
        let duration = self.duration.parse::<i64>().unwrap_or(0);
        if !self.duration.is_empty() && !(1..=480).contains(&duration) {
            self.add(page, "duration", "proposal-error-choice", &[]);
        }
        for (field, text) in [
            ("description", &self.description),
            ("policy_questions", &self.policy_questions),
            ("expected_outcomes", &self.expected_outcomes),
            ("hybrid_plan", &self.hybrid_plan),
        ] {
            if text.chars().count() > 10_000 {
                self.errors.push((field.into(), crate::i18n::text_with(page.lang, "proposal-error-too-long", &[("max", "10000".into())])));
            }
        }
        if !self.previous_report_url.is_empty() && !self.previous_report_url.starts_with("http") {
            self.add(page, "previous_report_url", "field-website-invalid", &[]);
        }
        let mut organizers = Vec::new();
        for (i, (name, group, country)) in self.organizers.clone().iter().enumerate() {
            if name.is_empty() {
                continue;
            }
            if StakeholderGroup::from_code(group).is_none() || agora_domain::people::country(country).is_none() {
                self.add(page, format!("org_name_{i}"), "proposal-error-organizer", &[]);
            }
            organizers.push(Organizer {
                position: i as i64,
                organization: name.clone(),
                stakeholder_group: group.clone(),
                country: country.to_uppercase(),
            });
        }
        let mut people = Vec::new();
        for (i, (role, name, email, onsite)) in self.people.clone().iter().enumerate() {
            if name.is_empty() && email.is_empty() {
                continue;
            }
            let email = match normalise_email(email) {
                Ok(e) if !name.is_empty() && SessionRole::from_code(role).is_some() => e,
                _ => {
                    self.add(page, format!("person_email_{i}"), "proposal-error-person", &[]);
                    continue;
                }
            };
            people.push(NewPerson { role: role.clone(), name: name.clone(), email, onsite: *onsite, invitation_hash: String::new() });
        }
        let draft = Draft {
            title: self.title.clone(),
            theme_id,
            format: self.format.clone(),
            duration,
            description: self.description.clone(),
            policy_questions: self.policy_questions.clone(),
            expected_outcomes: self.expected_outcomes.clone(),
            hybrid_plan: self.hybrid_plan.clone(),
            sdgs: self.sdgs.iter().filter(|s| s.parse::<u8>().is_ok_and(|g| (1..=17).contains(&g))).cloned().collect::<Vec<_>>().join(","),
            action_lines: self
                .action_lines
                .iter()
                .filter(|l| agora_domain::reference::action_lines().iter().any(|a| a.id() == **l))
                .cloned()
                .collect::<Vec<_>>()
                .join(","),
            previous_report_url: self.previous_report_url.clone(),
            people,
            organizers,
        };
        if submit {
            let text = agora_domain::proposals::ProposalText {
                title: draft.title.clone(),
                theme: draft.theme_id.map(|t| t.to_string()).unwrap_or_default(),
                format: draft.format.clone(),
                duration_minutes: draft.duration as u32,
                description: draft.description.clone(),
                policy_questions: draft.policy_questions.clone(),
                expected_outcomes: draft.expected_outcomes.clone(),
                hybrid_plan: draft.hybrid_plan.clone(),
            };
            for field in missing_fields(&text) {
                if self.error(field).is_none() {
                    self.add(page, field, "proposal-error-required", &[]);
                }
            }
        }
        draft
    }

    /// Marks each speaker at the cycle's cap beside the row where they were typed.
    fn speakers_over_cap(&mut self, page: &Page, over: &[SpeakerOverCap]) {
        for speaker in over {
            let Some(row) = self.people.iter().position(|(_, _, email, _)| normalise_email(email).is_ok_and(|e| e == speaker.email)) else {
                continue;
            };
            let args = [("name", speaker.name.clone()), ("count", speaker.sessions.to_string()), ("max", speaker.max.to_string())];
            self.add(page, format!("person_email_{row}"), "proposal-error-speaker-cap", &args);
        }
    }
}

/// The choices of the proposal form.
pub struct FormChoices {
    pub themes: Vec<Theme>,
    pub formats: Vec<(String, String)>,
    pub durations: Vec<u32>,
    pub groups: Vec<(&'static str, String)>,
    pub countries: Vec<(&'static str, &'static str)>,
    pub roles: Vec<(&'static str, String)>,
    pub sdgs: &'static [agora_domain::reference::Sdg],
    pub action_lines: Vec<(String, &'static str)>,
}

impl FormChoices {
    fn new(page: &Page, cycle: &Cycle, themes: Vec<Theme>) -> FormChoices {
        let mut durations: Vec<u32> = cycle.rules.formats.iter().flat_map(|(_, d)| d.clone()).collect();
        durations.sort_unstable();
        durations.dedup();
        let mut countries: Vec<_> = agora_domain::people::countries().iter().map(|c| (c.iso2, c.name_in(page.lang))).collect();
        countries.sort_by_key(|(_, n)| n.to_lowercase());
        FormChoices {
            themes,
            formats: cycle.rules.formats.iter().map(|(f, _)| (f.clone(), page.term("format", f))).collect(),
            durations,
            groups: StakeholderGroup::ALL.iter().map(|g| (g.code(), page.term("stakeholder-group", g.code()))).collect(),
            countries,
            roles: SessionRole::ALL.iter().map(|r| (r.code(), page.term("session-role", r.code()))).collect(),
            sdgs: agora_domain::reference::sdgs_in(page.lang.code()),
            action_lines: agora_domain::reference::action_lines().iter().map(|l| (l.id(), l.title)).collect(),
        }
    }
}

#[derive(Template)]
#[template(path = "proposals/form.html")]
struct FormPage {
    page: Page,
    cycle: Cycle,
    proposal_id: Option<i64>,
    form: ProposalForm,
    choices: FormChoices,
    deadline: String,
    closed_error: Option<String>,
}

async fn form_page(
    app: &App,
    page: Page,
    cycle: Cycle,
    proposal_id: Option<i64>,
    mut form: ProposalForm,
    closed_error: Option<String>,
) -> Result<Response, AppError> {
    let mut conn = app.db.acquire().await?;
    let themes = cycles::themes(&mut conn, cycle.id).await?;
    form.pad();
    let failed = !form.errors.is_empty() || closed_error.is_some();
    let (_, deadline) = deadline(&cycle);
    let choices = FormChoices::new(&page, &cycle, themes);
    let view = FormPage { page, cycle, proposal_id, form, choices, deadline, closed_error };
    let status = if failed { axum::http::StatusCode::UNPROCESSABLE_ENTITY } else { axum::http::StatusCode::OK };
    Ok((status, html(&view)).into_response())
}

/// `?track=ID` comes from a track's page: the track's call is this call with the track (a theme) chosen.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct NewProposal {
    track: String,
}

async fn new_form(
    State(app): State<App>,
    page: Page,
    Path(cycle_id): Path<i64>,
    axum::extract::Query(chosen): axum::extract::Query<NewProposal>,
) -> Result<Response, AppError> {
    page.require_user()?;
    let cycle = load_cycle(&app, cycle_id).await?;
    let form = ProposalForm { theme_id: chosen.track.trim().to_string(), ..ProposalForm::default() };
    form_page(&app, page, cycle, None, form, None).await
}

async fn create(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    save(app, page, cycle_id, None, form).await
}

async fn update(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let proposal = owned(&app, &page, id).await?;
    save(app, page, proposal.cycle_id, Some(proposal), form).await
}

/// The proposal, if the reader is its proposer.
async fn owned(app: &App, page: &Page, id: i64) -> Result<Proposal, AppError> {
    let user = page.require_user()?;
    let mut conn = app.db.acquire().await?;
    let proposal = proposals::get(&mut conn, id).await?;
    if proposal.proposer_id != user.id {
        return Err(AppError::Forbidden);
    }
    Ok(proposal)
}

/// Saves a draft or submits: refused after the deadline, re-shown with every problem beside its field.
async fn save(app: App, page: Page, cycle_id: i64, existing: Option<Proposal>, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let cycle = load_cycle(&app, cycle_id).await?;
    let submit = form.get("action") == "submit";
    let mut typed = ProposalForm::from_form(&form);
    let now = agora_store::now();
    if agora_app::proposals::call_open(&cycle, now).is_err() {
        let closed = page.t1("proposal-closed", "date", deadline(&cycle).1);
        return form_page(&app, page, cycle, existing.map(|p| p.id), typed, Some(closed)).await;
    }
    let mut conn = app.db.acquire().await?;
    let themes = cycles::themes(&mut conn, cycle_id).await?;
    let me = agora_store::participants::get(&mut conn, user.id).await?;
    drop(conn);
    let mut draft = typed.validate(&page, &cycle, &themes, submit);
    if !typed.errors.is_empty() {
        return form_page(&app, page, cycle, existing.map(|p| p.id), typed, None).await;
    }
    let tokens: Vec<String> = draft.people.iter().map(|_| auth::random_token(24)).collect();
    for (person, token) in draft.people.iter_mut().zip(&tokens) {
        person.invitation_hash = auth::token_hash(token);
    }
    let existing_id = existing.as_ref().map(|p| p.id);
    let mut tx = app.db.begin().await?;
    let input = SaveProposal {
        cycle: &cycle,
        existing: existing_id,
        proposer_id: user.id,
        organization_id: me.organization_id,
        draft: &draft,
        submit,
        now,
    };
    let (id, invited) = match agora_app::proposals::save(&mut tx, input).await {
        Ok(saved) => (saved.id, saved.invited),
        Err(ProposalError::SpeakersOverCap(over)) => {
            drop(tx);
            typed.speakers_over_cap(&page, &over);
            return form_page(&app, page, cycle, existing_id, typed, None).await;
        }
        Err(ProposalError::Closed { .. }) => {
            drop(tx);
            let closed = page.t1("proposal-closed", "date", deadline(&cycle).1);
            return form_page(&app, page, cycle, existing_id, typed, Some(closed)).await;
        }
        Err(e) => return Err(e.into()),
    };
    // Over the proposer's daily budget of mail to typed addresses, nothing is saved (the transaction is dropped).
    auth::spend_typed_address_mail(&app, Some(&user), "", invited.len())?;
    for person in &invited {
        let token = tokens
            [draft.people.iter().position(|p| p.invitation_hash == person.invitation_hash).expect("invited person is in the draft")]
        .clone();
        let link = format!("{}{}", app.config.public_url, page.href(&format!("/invitations/{token}")));
        let args = [
            ("name", person.name.clone()),
            ("proposer", me.name.clone()),
            ("title", draft.title.clone()),
            ("role", page.term("session-role", &person.role)),
            ("link", link),
        ];
        // The subject carries no text the proposer typed: a mail to an address anyone may type must not be theirs to word.
        let subject = crate::i18n::text_with(page.lang, "mail-invitation-subject", &[("forum", page.identity.display_name().to_string())]);
        mail::queue(&mut tx, &person.email, &subject, &crate::i18n::text_with(page.lang, "mail-invitation-body", &args)).await?;
    }
    tx.commit().await?;
    app.cache.invalidate();
    app.wake_mail();
    Ok(Redirect::to(&page.href(&format!("/proposals/{id}"))).into_response())
}

async fn edit_form(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let proposal = owned(&app, &page, id).await?;
    let cycle = load_cycle(&app, proposal.cycle_id).await?;
    let mut conn = app.db.acquire().await?;
    let form =
        ProposalForm::from_proposal(&proposal, &proposals::organizers(&mut conn, id).await?, &proposals::people(&mut conn, id).await?);
    drop(conn);
    form_page(&app, page, cycle, Some(id), form, None).await
}

/// A screening check as a sentence.
pub struct CheckLine {
    pub passed: bool,
    pub text: String,
}

pub fn check_lines(page: &Page, checks_json: &str, only_failures: bool) -> Vec<CheckLine> {
    let checks: Vec<serde_json::Value> = serde_json::from_str(checks_json).unwrap_or_default();
    checks
        .iter()
        .filter(|c| !only_failures || c["passed"] == false)
        .map(|c| {
            let rule = c["rule"].as_str().unwrap_or("");
            let values: Vec<(&'static str, String)> = c["values"]
                .as_array()
                .map(|pairs| {
                    pairs
                        .iter()
                        .filter_map(|pair| Some((leak_name(pair[0].as_str()?), pair[1].as_str().unwrap_or("").to_string())))
                        .collect()
                })
                .unwrap_or_default();
            let passed = c["passed"] == true;
            // Field names become their labels; a complete form has its own sentence.
            let values: Vec<(&'static str, String)> = values
                .into_iter()
                .map(|(k, v)| {
                    if k == "missing" {
                        (k, v.split(", ").map(|f| page.t(&format!("proposal-{}", f.replace('_', "-")))).collect::<Vec<_>>().join(", "))
                    } else {
                        (k, v)
                    }
                })
                .collect();
            let key = if rule == "complete" && passed { "screening-complete-ok".to_string() } else { format!("screening-{rule}") };
            CheckLine { passed, text: crate::i18n::text_with(page.lang, &key, &values) }
        })
        .collect()
}

/// The argument names screening uses, as the static strings Fluent arguments need.
fn leak_name(name: &str) -> &'static str {
    const NAMES: &[&str] = &[
        "missing",
        "length",
        "max",
        "words",
        "format",
        "duration",
        "count",
        "min",
        "speakers",
        "min_speakers",
        "moderators",
        "min_moderators",
    ];
    NAMES.iter().find(|n| **n == name).copied().unwrap_or("value")
}

#[derive(Template)]
#[template(path = "proposals/view.html")]
struct ViewPage {
    page: Page,
    cycle: Cycle,
    proposal: Proposal,
    theme: Option<String>,
    organizers: Vec<Organizer>,
    people: Vec<Person>,
    diversity: Diversity,
    editable: bool,
    screening: Vec<CheckLine>,
    screening_outcome: Option<bool>,
    override_reason: String,
    decision: Option<agora_store::evaluation::Decision>,
    versions: Vec<(i64, String)>,
    json_ld: String,
    related: Vec<agora_search::Hit>,
}

async fn view(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let mut conn = app.db.acquire().await?;
    let proposal = proposals::get(&mut conn, id).await?;
    let mine = page.user.as_ref().is_some_and(|u| u.id == proposal.proposer_id);
    let staff = page.may(Action::ManageCycle);
    if proposal.status == "draft" && !mine && !staff {
        return Err(AppError::NotFound);
    }
    let cycle = cycles::get(&mut conn, proposal.cycle_id).await?;
    let theme = cycles::themes(&mut conn, cycle.id).await?.into_iter().find(|t| Some(t.id) == proposal.theme_id).map(|t| t.name);
    let organizers = proposals::organizers(&mut conn, id).await?;
    let people = proposals::people(&mut conn, id).await?;
    let listed: Vec<_> = people.iter().map(Person::listed).collect();
    let screening_row = proposals::screening(&mut conn, id).await?;
    let decision = agora_store::evaluation::decision(&mut conn, id).await?;
    let versions = if mine || staff {
        proposals::versions(&mut conn, id).await?.into_iter().map(|(v, at)| (v, crate::dates::day_time(at))).collect()
    } else {
        Vec::new()
    };
    let (screening, screening_outcome, override_reason) = match (&screening_row, mine || staff) {
        (Some(s), true) => (check_lines(&page, &s.checks, false), Some(s.effective_pass()), s.override_reason.clone()),
        _ => (Vec::new(), None, String::new()),
    };
    let editable = mine && deadline(&cycle).0;
    let related = crate::search::related(&app, "proposal", id).await;
    let json_ld = crate::page::json_ld(serde_json::json!({
        "@type": "CreativeWork",
        "name": proposal.title,
        "abstract": proposal.description,
        "about": theme,
        "isPartOf": { "@type": "Event", "name": cycle.name },
        "contributor": people.iter().filter(|p| p.status == "confirmed").map(|p| serde_json::json!({ "@type": "Person", "name": p.name })).collect::<Vec<_>>(),
    }));
    let view = ViewPage {
        related,
        page,
        diversity: diversity(&listed),
        cycle,
        proposal,
        theme,
        organizers,
        people,
        editable,
        screening,
        screening_outcome,
        override_reason,
        decision,
        versions,
        json_ld,
    };
    Ok(html(&view))
}

#[derive(Template)]
#[template(path = "proposals/list.html")]
struct ListPage {
    page: Page,
    cycle: Cycle,
    proposals: Vec<Proposal>,
    mine: Vec<Proposal>,
    open: bool,
    deadline: String,
}

async fn list(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>) -> Result<Response, AppError> {
    let cycle = load_cycle(&app, cycle_id).await?;
    let mut conn = app.db.acquire().await?;
    let proposals = proposals::list(&mut conn, cycle_id, "").await?;
    let mine = match &page.user {
        Some(u) => proposals::of_proposer(&mut conn, u.id).await?.into_iter().filter(|p| p.cycle_id == cycle_id).collect(),
        None => Vec::new(),
    };
    let (open, deadline) = deadline(&cycle);
    Ok(html(&ListPage { page, cycle, proposals, mine, open, deadline }))
}

/// The public fields of every submitted proposal, with its organizers and people (names and roles only).
pub(crate) async fn public_rows(app: &App, cycle_id: i64) -> Result<Vec<serde_json::Value>, AppError> {
    let mut conn = app.db.acquire().await?;
    let themes = cycles::themes(&mut conn, cycle_id).await?;
    let mut rows = Vec::new();
    for p in proposals::list(&mut conn, cycle_id, "").await? {
        let organizers = proposals::organizers(&mut conn, p.id).await?;
        let people = proposals::people(&mut conn, p.id).await?;
        let decision = agora_store::evaluation::decision(&mut conn, p.id).await?;
        rows.push(serde_json::json!({
            "id": p.id,
            "title": p.title,
            "theme": themes.iter().find(|t| Some(t.id) == p.theme_id).map(|t| t.name.clone()),
            "format": p.format,
            "duration": p.duration,
            "description": p.description,
            "policy_questions": p.policy_questions,
            "expected_outcomes": p.expected_outcomes,
            "sdgs": p.sdgs,
            "action_lines": p.action_lines,
            "organizers": organizers,
            "people": people.iter().map(|x| serde_json::json!({ "name": x.name, "role": x.role, "onsite": x.onsite == 1, "status": x.status })).collect::<Vec<_>>(),
            "decision": decision.map(|d| d.outcome),
        }));
    }
    Ok(rows)
}

/// Filters and cursor of the API list of proposals.
#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct ProposalQuery {
    theme: String,
    format: String,
    decision: String,
    limit: Option<i64>,
    cursor: Option<String>,
}

/// The submitted proposals of a cycle (public fields, no email addresses), in id order, with cursor pagination.
#[utoipa::path(get, path = "/api/cycles/{id}/proposals", tag = "cycles",
    params(("id" = i64, Path), ("theme" = Option<String>, Query, description = "theme name"), ("format" = Option<String>, Query, description = "format code"),
           ("decision" = Option<String>, Query, description = "approved, approved-if-merged or not-approved"), ("limit" = Option<i64>, Query, description = "at most 1000, default 100"),
           ("cursor" = Option<String>, Query, description = "from the previous page's Link: rel=\"next\" header")),
    responses((status = 200, description = "the proposals"), (status = 400, body = crate::json_api::ApiError), (status = 404, body = crate::json_api::ApiError)))]
pub(crate) async fn list_api(
    State(app): State<App>,
    Path(cycle_id): Path<i64>,
    Query(q): Query<ProposalQuery>,
) -> Result<Response, AppError> {
    load_cycle(&app, cycle_id).await?;
    let after = q.cursor.as_deref().map(crate::json_api::decode_cursor).transpose()?.unwrap_or(0);
    let limit = q.limit.unwrap_or(100).clamp(1, 1000);
    let matches = |r: &serde_json::Value, field: &str, wanted: &str| wanted.is_empty() || r[field].as_str() == Some(wanted);
    let rows: Vec<serde_json::Value> = public_rows(&app, cycle_id)
        .await?
        .into_iter()
        .filter(|r| r["id"].as_i64().unwrap_or(0) > after)
        .filter(|r| matches(r, "theme", &q.theme) && matches(r, "format", &q.format) && matches(r, "decision", &q.decision))
        .take(limit as usize)
        .collect();
    let path = format!(
        "/api/cycles/{cycle_id}/proposals?theme={}&format={}&decision={}",
        crate::query_value(&q.theme),
        crate::query_value(&q.format),
        crate::query_value(&q.decision)
    );
    Ok(crate::json_api::page_of(rows, limit, &path, |r| r["id"].as_i64().unwrap_or(0)))
}

async fn list_csv(State(app): State<App>, Path(cycle_id): Path<i64>) -> Result<Response, AppError> {
    load_cycle(&app, cycle_id).await?;
    let rows = public_rows(&app, cycle_id).await?.into_iter().map(|r| {
        let text = |k: &str| r[k].as_str().map(str::to_string).unwrap_or_else(|| r[k].to_string());
        let names = |k: &str, f: &str| {
            r[k].as_array().map(|a| a.iter().filter_map(|x| x[f].as_str()).collect::<Vec<_>>().join("; ")).unwrap_or_default()
        };
        vec![
            text("id"),
            text("title"),
            text("theme"),
            text("format"),
            text("duration"),
            names("organizers", "organization"),
            names("people", "name"),
            text("sdgs"),
            text("action_lines"),
            text("decision"),
        ]
    });
    let header = ["id", "title", "theme", "format", "duration", "organizers", "people", "sdgs", "action_lines", "decision"];
    Ok(csv_response("proposals.csv", csv_document(&header, rows)))
}

#[derive(Template)]
#[template(path = "proposals/invitation.html")]
struct InvitationPage {
    page: Page,
    token: String,
    proposal: Proposal,
    person: Person,
}

async fn invitation_data(app: &App, token: &str) -> Result<(Proposal, Person), AppError> {
    let mut conn = app.db.acquire().await?;
    let (person_id, proposal_id) = proposals::invitation(&mut conn, &auth::token_hash(token)).await?.ok_or(AppError::NotFound)?;
    let proposal = proposals::get(&mut conn, proposal_id).await?;
    let person = proposals::people(&mut conn, proposal_id).await?.into_iter().find(|p| p.id == person_id).ok_or(AppError::NotFound)?;
    Ok((proposal, person))
}

async fn invitation(State(app): State<App>, page: Page, Path(token): Path<String>) -> Result<Response, AppError> {
    let (proposal, person) = invitation_data(&app, &token).await?;
    Ok(html(&InvitationPage { page, token, proposal, person }))
}

async fn answer(State(app): State<App>, page: Page, Path(token): Path<String>, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let (proposal, person) = invitation_data(&app, &token).await?;
    let mut tx = app.db.begin().await?;
    proposals::answer_invitation(&mut tx, person.id, user.id, form.get("answer") == "confirm").await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/proposals/{}", proposal.id))).into_response())
}

pub struct ScreeningLine {
    pub id: i64,
    pub title: String,
    pub outcome: Option<bool>,
    pub overridden: bool,
    pub override_reason: String,
    pub failures: Vec<CheckLine>,
    /// Why the override typed on this line was refused.
    pub error: Option<String>,
}

/// The screening queue's filters, order and page, as GET parameters (so the queue works without JavaScript).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ScreeningQuery {
    pub outcome: String,
    pub q: String,
    pub sort: String,
    pub page: Option<u32>,
}

impl ScreeningQuery {
    fn outcome(&self) -> Option<Outcome> {
        Outcome::from_code(&self.outcome)
    }

    fn sort(&self) -> QueueSort {
        QueueSort::from_code(&self.sort).unwrap_or(QueueSort::Id)
    }

    /// The query string of these filters with another outcome, order or page (the defaults left out).
    pub fn link(&self, outcome: &str, sort: &str, page: u32) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (k, v) in [("outcome", outcome), ("q", self.q.trim()), ("sort", sort)] {
            if !v.is_empty() {
                query.append_pair(k, v);
            }
        }
        if page > 1 {
            query.append_pair("page", &page.to_string());
        }
        let query = query.finish();
        if query.is_empty() { String::new() } else { format!("?{query}") }
    }

    /// The same list with another outcome filter, from its first page.
    pub fn with_outcome(&self, outcome: &str) -> String {
        self.link(outcome, &self.sort, 1)
    }

    /// The same list in another order, from its first page.
    pub fn with_sort(&self, sort: &str) -> String {
        self.link(&self.outcome, sort, 1)
    }

    /// The same list on another page.
    pub fn with_page(&self, page: u32) -> String {
        self.link(&self.outcome, &self.sort, page)
    }
}

#[derive(Template)]
#[template(path = "proposals/screening.html")]
struct ScreeningPage {
    page: Page,
    cycle: Cycle,
    lines: Vec<ScreeningLine>,
    query: ScreeningQuery,
    /// The current list's query string, carried by each override so it comes back to the same list.
    here: String,
    outcomes: Vec<(&'static str, String, i64)>,
    sorts: Vec<(&'static str, String)>,
    paging: Paging,
    matching: i64,
}

async fn screening_page(
    State(app): State<App>,
    page: Page,
    Path(cycle_id): Path<i64>,
    Query(query): Query<ScreeningQuery>,
) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageCycle)?;
    let cycle = load_cycle(&app, cycle_id).await?;
    screening_view(&app, page, cycle, query, None).await
}

/// The queue page; with `refused`, the override typed on that proposal's line was refused (422, the reason beside it).
async fn screening_view(
    app: &App,
    page: Page,
    cycle: Cycle,
    query: ScreeningQuery,
    refused: Option<(i64, String)>,
) -> Result<Response, AppError> {
    let mut conn = app.db.acquire().await?;
    let counts = proposals::screening_counts(&mut conn, cycle.id).await?;
    let (outcome, sort) = (query.outcome(), query.sort());
    let per_page = i64::from(QUEUE_PAGE_SIZE);
    // The requested page is clamped to the list once its length is known: a page past the end shows the last.
    let requested = query.page.unwrap_or(1);
    let (mut rows, matching) =
        proposals::screening_queue(&mut conn, cycle.id, outcome, &query.q, sort, per_page, i64::from(requested.max(1) - 1) * per_page)
            .await?;
    let paging = paging(matching.max(0) as u64, requested, QUEUE_PAGE_SIZE);
    if paging.page != requested.max(1) {
        rows = proposals::screening_queue(&mut conn, cycle.id, outcome, &query.q, sort, per_page, paging.offset as i64).await?.0;
    }
    drop(conn);
    let lines = rows
        .into_iter()
        .map(|r| {
            let screened = r.screened();
            ScreeningLine {
                outcome: screened.map(|(passed, overridden)| overridden.unwrap_or(passed)),
                overridden: screened.is_some_and(|(_, o)| o.is_some()),
                override_reason: r.override_reason.clone().unwrap_or_default(),
                failures: r.checks.as_deref().map(|c| check_lines(&page, c, true)).unwrap_or_default(),
                error: refused.as_ref().filter(|(id, _)| *id == r.id).map(|(_, e)| e.clone()),
                id: r.id,
                title: r.title,
            }
        })
        .collect();
    let outcomes = [("", "screening-filter-all", counts.total)]
        .into_iter()
        .chain(Outcome::ALL.iter().map(|o| {
            let count = match o {
                Outcome::Passed => counts.passed,
                Outcome::Failed => counts.failed,
                Outcome::Overridden => counts.overridden,
                Outcome::NotScreened => counts.not_screened,
            };
            (o.code(), "", count)
        }))
        .map(|(code, key, count)| (code, if key.is_empty() { page.t(&format!("screening-filter-{code}")) } else { page.t(key) }, count))
        .collect();
    let sorts = QueueSort::ALL.iter().map(|s| (s.code(), page.t(&format!("screening-sort-{}", s.code())))).collect();
    let here = query.with_page(paging.page);
    let status = if refused.is_some() { axum::http::StatusCode::UNPROCESSABLE_ENTITY } else { axum::http::StatusCode::OK };
    let view = ScreeningPage { page, cycle, lines, query, here, outcomes, sorts, paging, matching };
    Ok((status, html(&view)).into_response())
}

/// Screens every submitted proposal of the cycle against its rules, in one transaction.
async fn run_screening(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageCycle)?;
    let cycle = load_cycle(&app, cycle_id).await?;
    let mut tx = app.db.begin().await?;
    agora_app::screening::run(&mut tx, &cycle).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/cycles/{cycle_id}/screening"))).into_response())
}

/// Overrides one proposal's screening with a recorded reason, and comes back to the same list at that proposal; an
/// empty reason shows the list again with the refusal beside the proposal (422).
async fn override_screening(
    State(app): State<App>,
    page: Page,
    Path(id): Path<i64>,
    Query(query): Query<ScreeningQuery>,
    form: FormData,
) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    user.require(Action::ManageCycle)?;
    let mut tx = app.db.begin().await?;
    let proposal = proposals::get(&mut tx, id).await?;
    let reason = match override_reason(form.get("reason")) {
        Ok(reason) => reason,
        Err(refused) => {
            drop(tx);
            let error = match refused {
                OverrideRefused::NoReason => page.t("screening-error-reason"),
                OverrideRefused::TooLong { max } => page.t1("screening-error-reason-length", "max", max),
            };
            let cycle = load_cycle(&app, proposal.cycle_id).await?;
            return screening_view(&app, page, cycle, query, Some((id, error))).await;
        }
    };
    proposals::override_screening(&mut tx, id, form.get("outcome") == "pass", reason, user.id).await?;
    tx.commit().await?;
    app.cache.invalidate();
    let back = format!("/cycles/{}/screening{}#proposal-{id}", proposal.cycle_id, query.with_page(query.page.unwrap_or(1)));
    Ok(Redirect::to(&page.href(&back)).into_response())
}
