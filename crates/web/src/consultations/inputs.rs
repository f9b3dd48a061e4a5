//! What people send to a consultation: submissions (individual, organizational or joint, with endorsing
//! organizations who confirm by mail), comments and replies on the draft's paragraphs, statements and votes —
//! each checked against the consultation's dates, who may take part, its limits, the rate limits and the
//! duplicate guard — and the permanent public page of a submission.

use super::writer::Written;
use super::{ViewPage, load, view_page};
use crate::auth::{ClientAddress, random_token, token_hash};
use crate::dates::{day, day_time};
use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError, mail};
use agora_domain::accounts::normalise_email;
use agora_domain::consultations::{
    Answer, Eligibility, OnBehalf, Question, QuestionKind, Refusal, StatementVote, accepts_input, check_answer, duplicates, fingerprint,
    within_limit,
};
use agora_domain::people::{StakeholderGroup, country};
use agora_store::consultations::{self as store, Consultation, NewComment, NewSubmission, StoredAnswer, Submission};
use agora_store::participants;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};

pub fn routes() -> Router<App> {
    Router::new()
        .route("/consultations/{id}/submit", post(submit))
        .route("/consultations/{id}/comments", post(comment))
        .route("/consultations/{id}/statements", post(add_statement))
        .route("/statements/{id}/vote", post(vote))
        .route("/submissions/{id}", get(submission_page))
        .route("/api/submissions/{id}", get(submission_api))
        .route("/endorsements/{token}", get(endorsement_page).post(endorse))
}

/// The most organizations a joint submission can invite.
const MAX_ENDORSERS: usize = 100;
/// A statement is a short sentence people vote on, as in Polis.
const MAX_STATEMENT: usize = 400;
/// The window of the duplicate guard for anonymous submissions.
const REPEAT_WINDOW_SECS: i64 = 24 * 3600;

/// Why input is not taken from this reader now.
pub enum Refused {
    Rule(Refusal),
    LoginRequired,
    Unverified,
}

impl Refused {
    pub fn sentence(&self, page: &Page) -> String {
        match self {
            Refused::Rule(Refusal::NotYetOpen { opens_at }) => page.t1("consultation-refused-not-yet-open", "date", day(*opens_at)),
            Refused::Rule(Refusal::Closed { closed_at }) => page.t1("consultation-refused-closed", "date", day(closed_at - 1)),
            Refused::Rule(Refusal::TooLong { limit, length }) => crate::i18n::text_with(
                page.lang,
                "consultation-refused-too-long",
                &[("limit", limit.to_string()), ("length", length.to_string())],
            ),
            Refused::Rule(other) => page.t(&format!("consultation-refused-{}", other.code())),
            Refused::LoginRequired => page.t("consultation-refused-login"),
            Refused::Unverified => page.t("consultation-refused-unverified"),
        }
    }
}

/// Whether this reader may send input now (a reply is also taken during the reply period).
pub async fn refusal(app: &App, page: &Page, c: &Consultation, is_reply: bool) -> Result<(), Refused> {
    accepts_input(&super::calendar(c), agora_store::now(), is_reply).map_err(Refused::Rule)?;
    match Eligibility::from_code(&c.eligibility).unwrap_or(Eligibility::Registered) {
        Eligibility::Anyone => Ok(()),
        Eligibility::Registered => page.user.as_ref().map(|_| ()).ok_or(Refused::LoginRequired),
        Eligibility::Verified => {
            let user = page.user.as_ref().ok_or(Refused::LoginRequired)?;
            let mut conn = app.db.acquire().await.map_err(|_| Refused::Unverified)?;
            let participant = participants::get(&mut conn, user.id).await.map_err(|_| Refused::Unverified)?;
            participant.verified_at.map(|_| ()).ok_or(Refused::Unverified)
        }
    }
}

/// The voter key of the reader: their account, or the anonymous browser.
pub fn voter_key(page: &Page) -> Option<String> {
    match &page.user {
        Some(user) => Some(format!("p:{}", user.id)),
        None => page.visitor_id().map(|v| format!("v:{v}")),
    }
}

/// Everything the consultation page's forms hold as typed, with the errors of the last attempt.
#[derive(Debug, Default)]
pub struct InputForm {
    pub name: String,
    pub stakeholder_group: String,
    pub country: String,
    pub on_behalf: String,
    pub organization: String,
    pub endorsers: String,
    pub text: String,
    pub confidential: bool,
    /// Per question id: typed text and chosen options.
    pub answers: Vec<(i64, Answer)>,
    pub errors: Vec<(String, String)>,
    /// A comment that was refused: its paragraph, the text typed and why.
    pub comment: Option<(i64, String, String)>,
    /// A statement that was refused: the text typed and why.
    pub statement: Option<(String, String)>,
    /// The private link's token of the anonymous submission being edited.
    pub edit_token: String,
}

impl InputForm {
    pub fn from_submission(s: &Submission, answers: &[StoredAnswer]) -> InputForm {
        InputForm {
            name: s.author_name.clone(),
            stakeholder_group: s.stakeholder_group.clone(),
            country: s.country.clone(),
            on_behalf: s.on_behalf.clone(),
            organization: s.organization.clone(),
            text: s.text.clone(),
            confidential: s.confidential == 1,
            answers: answers.iter().map(|a| (a.question_id, stored_answer(a))).collect(),
            ..InputForm::default()
        }
    }

    fn from_form(form: &FormData, questions: &[agora_store::consultations::Question]) -> InputForm {
        InputForm {
            name: form.get("name").trim().into(),
            stakeholder_group: form.get("stakeholder_group").into(),
            country: form.get("country").into(),
            on_behalf: form.get("on_behalf").into(),
            organization: form.get("organization").trim().into(),
            endorsers: form.get("endorsers").trim().into(),
            text: form.get("text").trim().into(),
            confidential: form.checked("confidential"),
            edit_token: form.get("edit_token").to_string(),
            answers: questions
                .iter()
                .map(|q| {
                    let answer = Answer {
                        text: form.get(&format!("q{}_text", q.id)).trim().to_string(),
                        choices: form.all(&format!("q{}_choice", q.id)).into_iter().filter(|c| !c.is_empty()).collect(),
                    };
                    (q.id, answer)
                })
                .collect(),
            ..InputForm::default()
        }
    }

    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| f == field).map(|(_, e)| e.as_str())
    }

    pub fn answer_text(&self, question: &i64) -> &str {
        self.answers.iter().find(|(q, _)| q == question).map_or("", |(_, a)| a.text.as_str())
    }

    pub fn chose(&self, question: &i64, choice: &str) -> bool {
        self.answers.iter().any(|(q, a)| q == question && a.choices.iter().any(|c| c == choice))
    }

    pub fn comment_for(&self, paragraph: &i64) -> Option<&(i64, String, String)> {
        self.comment.as_ref().filter(|(p, _, _)| p == paragraph)
    }
}

fn stored_answer(a: &StoredAnswer) -> Answer {
    Answer { text: a.text.clone(), choices: a.choices.split(',').filter(|c| !c.is_empty()).map(String::from).collect() }
}

/// A country typed as its ISO code or chosen by its name in any of the six languages (the comment forms offer
/// the names in one shared list rather than a menu in every form).
fn country_code(typed: &str) -> Option<&'static str> {
    let typed = typed.trim();
    if let Some(c) = country(typed) {
        return Some(c.iso2);
    }
    let names =
        |c: &&agora_domain::people::Country| agora_domain::people::Language::ALL.iter().any(|l| c.name_in(*l).eq_ignore_ascii_case(typed));
    agora_domain::people::countries().iter().find(names).map(|c| c.iso2)
}

/// Who is sending: the logged-in participant's profile, or what an anonymous person typed.
#[derive(Clone)]
struct Author {
    participant_id: Option<i64>,
    name: String,
    stakeholder_group: String,
    country: String,
}

async fn author(app: &App, page: &Page, form: &mut InputForm) -> Result<Option<Author>, AppError> {
    if let Some(user) = &page.user {
        let mut conn = app.db.acquire().await?;
        let p = participants::get(&mut conn, user.id).await?;
        return Ok(Some(Author { participant_id: Some(p.id), name: p.name, stakeholder_group: p.stakeholder_group, country: p.country }));
    }
    let mut ok = true;
    if form.name.is_empty() || form.name.chars().count() > 120 {
        form.errors.push(("name".into(), page.t("consultation-error-name")));
        ok = false;
    }
    if StakeholderGroup::from_code(&form.stakeholder_group).is_none() {
        form.errors.push(("stakeholder_group".into(), page.t("consultation-error-group")));
        ok = false;
    }
    if let Some(code) = country_code(&form.country) {
        form.country = code.to_string();
    } else {
        form.errors.push(("country".into(), page.t("consultation-error-country")));
        ok = false;
    }
    Ok(ok.then(|| Author {
        participant_id: None,
        name: form.name.clone(),
        stakeholder_group: form.stakeholder_group.clone(),
        country: form.country.clone(),
    }))
}

/// Counts one input against the per-address and per-account budgets.
fn rate_limit(app: &App, page: &Page, client: &ClientAddress) -> Result<(), AppError> {
    let limit = app.limiter.limits.consultation_input;
    app.limiter.check("consultation-input", &client.0, limit)?;
    if let Some(user) = &page.user {
        app.limiter.check("consultation-input-account", &format!("p:{}", user.id), limit)?;
    }
    Ok(())
}

/// Renders the consultation page again with what was typed, and the status that says why.
/// What a signed-out commenter typed about themselves (name, stakeholder group, country), kept a day in a cookie
/// on their own device so that the next paragraph's form comes filled in: a long draft asks it once.
const COMMENTER_COOKIE: &str = "agora_commenter";
const COMMENTER_SEPARATOR: char = '\u{1f}';

fn remember_commenter(app: &App, author: &Author) -> axum::http::HeaderValue {
    let who = [author.name.as_str(), author.stakeholder_group.as_str(), author.country.as_str()].join(&COMMENTER_SEPARATOR.to_string());
    crate::auth::set_cookie(app, COMMENTER_COOKIE, &crate::auth::hex(who.as_bytes()), 86_400)
}

/// Fills a signed-out visitor's identity fields with what they typed for their last comment, if anything.
pub fn recall_commenter(headers: &axum::http::HeaderMap, page: &Page, form: &mut InputForm) {
    let Some(hex) = crate::auth::hex_cookie(headers, COMMENTER_COOKIE, 2048) else { return };
    let bytes: Option<Vec<u8>> = (0..hex.len() / 2).map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok()).collect();
    let Some(text) = bytes.and_then(|b| String::from_utf8(b).ok()) else { return };
    let mut parts = text.split(COMMENTER_SEPARATOR);
    if let (Some(name), Some(group), Some(country)) = (parts.next(), parts.next(), parts.next()) {
        form.name = name.to_string();
        form.stakeholder_group = group.to_string();
        form.country = page.country_name(country);
    }
}

async fn again(app: &App, page: Page, c: Consultation, form: InputForm, status: StatusCode) -> Result<Response, AppError> {
    let view: ViewPage = view_page(app, page, c, form).await?;
    Ok((status, html(&view)).into_response())
}

/// Reads the endorsers box: one `Organization | email` per line.
fn endorsers(text: &str) -> Result<Vec<(String, String)>, usize> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
        .map(|(i, line)| {
            let (organization, email) = line.rsplit_once('|').ok_or(i + 1)?;
            let email = normalise_email(email).map_err(|_| i + 1)?;
            let organization = organization.trim();
            if organization.is_empty() || organization.chars().count() > 200 {
                return Err(i + 1);
            }
            Ok((organization.to_string(), email))
        })
        .collect()
}

async fn submit(
    State(app): State<App>,
    page: Page,
    client: ClientAddress,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, AppError> {
    let (c, questions) = consultation_and_questions(&app, id).await?;
    let mut typed = InputForm::from_form(&form, &questions);
    if let Err(refused) = refusal(&app, &page, &c, false).await {
        typed.errors.push(("submission".into(), refused.sentence(&page)));
        return again(&app, page, c, typed, StatusCode::FORBIDDEN).await;
    }
    rate_limit(&app, &page, &client)?;
    let author = author(&app, &page, &mut typed).await?;
    let limit = c.max_text.max(1) as usize;
    let on_behalf = OnBehalf::from_code(&typed.on_behalf).unwrap_or(OnBehalf::Individual);
    if on_behalf != OnBehalf::Individual && typed.organization.is_empty() {
        typed.errors.push(("organization".into(), page.t("consultation-error-organization")));
    }
    let invited = if on_behalf == OnBehalf::Joint {
        match endorsers(&typed.endorsers) {
            Ok(list) if list.len() <= MAX_ENDORSERS => list,
            Ok(_) => {
                typed.errors.push(("endorsers".into(), page.t1("consultation-error-endorsers-many", "max", MAX_ENDORSERS)));
                Vec::new()
            }
            Err(line) => {
                typed.errors.push(("endorsers".into(), page.t1("consultation-error-endorsers", "line", line)));
                Vec::new()
            }
        }
    } else {
        Vec::new()
    };
    if let Err(refusal) = within_limit(&typed.text, limit) {
        typed.errors.push(("text".into(), Refused::Rule(refusal).sentence(&page)));
    }
    for (question_id, answer) in &typed.answers {
        let Some(q) = questions.iter().find(|q| q.id == *question_id) else { continue };
        let question = Question {
            kind: QuestionKind::from_code(&q.kind).unwrap_or(QuestionKind::Text),
            options: agora_domain::consultations::options(&q.options),
        };
        if let Err(refusal) = check_answer(&question, answer, limit) {
            typed.errors.push((format!("q{}", q.id), Refused::Rule(refusal).sentence(&page)));
        }
    }
    if typed.text.is_empty() && typed.answers.iter().all(|(_, a)| a.is_empty()) {
        typed.errors.push(("text".into(), page.t("consultation-refused-empty")));
    }
    let (Some(author), true) = (author, typed.errors.is_empty()) else {
        return again(&app, page, c, typed, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let all_text: String =
        std::iter::once(typed.text.as_str()).chain(typed.answers.iter().map(|(_, a)| a.text.as_str())).collect::<Vec<_>>().join("\n");
    let submission = NewSubmission {
        consultation_id: id,
        participant_id: author.participant_id,
        on_behalf: on_behalf.code().into(),
        author_name: author.name,
        organization: if on_behalf == OnBehalf::Individual { String::new() } else { typed.organization.clone() },
        stakeholder_group: author.stakeholder_group,
        country: author.country,
        text: typed.text.clone(),
        confidential: typed.confidential && c.allow_confidential == 1,
        network: duplicates::network_of(&client.0),
        fingerprint: fingerprint(&all_text),
        answers: typed.answers.iter().filter(|(_, a)| !a.is_empty()).map(|(q, a)| (*q, a.text.clone(), a.choices.join(","))).collect(),
        edit_token_hash: None,
        edit_of: None,
    };
    let mut submission = submission;
    // An anonymous sender edits through their private link; a new anonymous submission gets one.
    let mut new_link = None;
    if !typed.edit_token.is_empty() {
        let mut conn = app.db.acquire().await?;
        match store::by_edit_token(&mut conn, &token_hash(&typed.edit_token)).await? {
            Some(earlier) if earlier.consultation_id == id && earlier.participant_id.is_none() => submission.edit_of = Some(earlier.id),
            _ => return Err(AppError::NotFoundBecause("this edit link is not valid".into())),
        }
    } else if submission.participant_id.is_none() {
        let token = random_token(24);
        submission.edit_token_hash = Some(token_hash(&token));
        new_link = Some(token);
    }
    let repeat_since =
        (submission.participant_id.is_none() && submission.edit_of.is_none()).then(|| agora_store::now() - REPEAT_WINDOW_SECS);
    let submission_id = if invited.is_empty() {
        // Most submissions share a commit with the others arriving at the same moment (group commit); the public
        // cache catches up with the record within its recheck interval.
        match app.submissions.write(submission, repeat_since).await.map_err(AppError::Internal)? {
            Written::Saved(id) => id,
            Written::Repeat => return repeated(&app, page, c, typed).await,
        }
    } else {
        // A joint submission invites its endorsers by mail in the same transaction.
        let mut tx = app.db.begin().await?;
        if let Some(since) = repeat_since
            && store::is_repeat(&mut tx, id, &submission.fingerprint, &submission.network, since).await?
        {
            drop(tx);
            return repeated(&app, page, c, typed).await;
        }
        let submission_id = store::save_submission(&mut tx, &submission).await?;
        invite_endorsers(&app, &page, &client, &mut tx, &c, submission_id, &submission.organization, &invited).await?;
        tx.commit().await?;
        app.cache.invalidate();
        app.wake_mail();
        submission_id
    };
    let query = new_link.map(|token| format!("?edit={token}")).unwrap_or_default();
    Ok(Redirect::to(&page.href(&format!("/submissions/{submission_id}{query}"))).into_response())
}

/// The same text again from the same network: refused, with the form as typed.
async fn repeated(app: &App, page: Page, c: Consultation, mut typed: InputForm) -> Result<Response, AppError> {
    typed.errors.push(("text".into(), page.t("consultation-error-repeat")));
    again(app, page, c, typed, StatusCode::CONFLICT).await
}

/// A consultation and its questions, from the public cache: under a flood every submission needs them, and
/// they change only when the Secretariat edits the consultation (a change on the public record).
async fn consultation_and_questions(app: &App, id: i64) -> Result<(Consultation, Vec<agora_store::consultations::Question>), AppError> {
    let bytes = app
        .cache
        .page(app, &format!("consultation-form:{id}"), || async {
            let mut conn = app.db.acquire().await?;
            let c = store::get(&mut conn, id).await?;
            let questions = store::questions(&mut conn, id).await?;
            serde_json::to_vec(&(c, questions)).map_err(|e| AppError::Internal(e.to_string()))
        })
        .await?;
    serde_json::from_slice(&bytes).map_err(|e| AppError::Internal(e.to_string()))
}

/// Mails each newly listed organization a link to confirm its endorsement. An organization or an address already
/// asked is not asked again when the submission is edited, and the mails are spent from the sender's daily budget
/// of mail to typed addresses (all or none: over the budget, nothing is stored).
#[allow(clippy::too_many_arguments)]
async fn invite_endorsers(
    app: &App,
    page: &Page,
    client: &ClientAddress,
    tx: &mut agora_store::Tx,
    c: &Consultation,
    submission_id: i64,
    lead: &str,
    invited: &[(String, String)],
) -> Result<(), AppError> {
    let existing = store::endorsements(tx, c.id).await?;
    let asked = |organization: &str, email: &str| {
        existing.iter().any(|e| e.submission_id == submission_id && (e.organization == organization || e.email.eq_ignore_ascii_case(email)))
    };
    let new: Vec<&(String, String)> = invited.iter().filter(|(organization, email)| !asked(organization, email)).collect();
    crate::auth::spend_typed_address_mail(app, page.user.as_ref(), &client.0, new.len())?;
    for (organization, email) in new {
        let token = random_token(24);
        store::invite_endorser(tx, submission_id, organization, email, &token_hash(&token)).await?;
        let args = [
            ("organization", organization.clone()),
            ("lead", lead.to_string()),
            ("consultation", c.title.clone()),
            ("link", format!("{}/endorsements/{token}", app.config.public_url)),
        ];
        let subject = crate::i18n::text_with(page.lang, "mail-endorsement-subject", &args);
        let body = crate::i18n::text_with(page.lang, "mail-endorsement-body", &args);
        mail::queue(tx, email, &subject, &body).await?;
    }
    Ok(())
}

async fn comment(
    State(app): State<App>,
    page: Page,
    client: ClientAddress,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, AppError> {
    let c = load(&app, id).await?;
    let paragraph_id: i64 = form.get("paragraph").parse().map_err(|_| AppError::BadRequest("no paragraph".into()))?;
    let parent_id: Option<i64> = match form.get("reply_to") {
        "" => None,
        given => Some(given.parse().map_err(|_| AppError::BadRequest("reply_to: a comment's number".into()))?),
    };
    // A reply answers a comment of this paragraph: only then does it count as a reply (taken during the reply
    // period, when new comments are closed).
    if let Some(parent) = parent_id {
        let mut conn = app.db.acquire().await?;
        if !store::comment_on(&mut conn, id, paragraph_id, parent).await? {
            return Err(AppError::NotFoundBecause(format!("no comment {parent} on this paragraph to reply to")));
        }
    }
    let mut typed = InputForm {
        name: form.get("name").trim().into(),
        stakeholder_group: form.get("stakeholder_group").into(),
        country: form.get("country").into(),
        ..InputForm::default()
    };
    let text = form.get("text").trim().to_string();
    let refused = match refusal(&app, &page, &c, parent_id.is_some()).await {
        Err(r) => Some(r.sentence(&page)),
        Ok(()) if text.is_empty() => Some(page.t("consultation-refused-empty")),
        Ok(()) => within_limit(&text, c.max_text.max(1) as usize).err().map(|r| Refused::Rule(r).sentence(&page)),
    };
    if let Some(reason) = refused {
        typed.comment = Some((paragraph_id, text, reason));
        return again(&app, page, c, typed, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    rate_limit(&app, &page, &client)?;
    let Some(author) = author(&app, &page, &mut typed).await? else {
        let reason = typed.errors.iter().map(|(_, e)| e.as_str()).collect::<Vec<_>>().join(" ");
        typed.comment = Some((paragraph_id, text, reason));
        return again(&app, page, c, typed, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let mut tx = app.db.begin().await?;
    let paragraphs = store::paragraphs(&mut tx, id).await?;
    let paragraph = paragraphs.iter().find(|p| p.id == paragraph_id).ok_or(AppError::NotFoundBecause("no such paragraph".into()))?;
    let remembered = author.clone();
    let comment = NewComment {
        consultation_id: id,
        paragraph_id,
        parent_id,
        participant_id: author.participant_id,
        author_name: author.name,
        stakeholder_group: author.stakeholder_group,
        country: author.country,
        text,
        network: duplicates::network_of(&client.0),
    };
    store::add_comment(&mut tx, &comment).await?;
    tx.commit().await?;
    app.cache.invalidate();
    let mut response = Redirect::to(&page.href(&format!("/consultations/{id}#paragraph-{}", paragraph.position))).into_response();
    if page.user.is_none() {
        response.headers_mut().append(axum::http::header::SET_COOKIE, remember_commenter(&app, &remembered));
    }
    Ok(response)
}

async fn add_statement(
    State(app): State<App>,
    page: Page,
    client: ClientAddress,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, AppError> {
    let c = load(&app, id).await?;
    let text = form.get("statement").trim().to_string();
    let refused = match refusal(&app, &page, &c, false).await {
        Err(r) => Some(r.sentence(&page)),
        Ok(()) if text.is_empty() => Some(page.t("consultation-refused-empty")),
        Ok(()) => within_limit(&text, MAX_STATEMENT).err().map(|r| Refused::Rule(r).sentence(&page)),
    };
    if let Some(reason) = refused {
        let typed = InputForm { statement: Some((text, reason)), ..InputForm::default() };
        return again(&app, page, c, typed, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    rate_limit(&app, &page, &client)?;
    let mut tx = app.db.begin().await?;
    store::add_statement(&mut tx, id, page.user.as_ref().map(|u| u.id), &text).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/consultations/{id}#statements"))).into_response())
}

async fn vote(
    State(app): State<App>,
    page: Page,
    client: ClientAddress,
    Path(statement_id): Path<i64>,
    form: FormData,
) -> Result<Response, AppError> {
    let value =
        StatementVote::from_code(form.get("vote")).ok_or_else(|| AppError::BadRequest("vote must be agree, disagree or pass".into()))?;
    let mut conn = app.db.acquire().await?;
    let consultation_id = agora_store::consultations::statement_consultation(&mut conn, statement_id).await?.ok_or(AppError::NotFound)?;
    drop(conn);
    let c = load(&app, consultation_id).await?;
    if let Err(refused) = refusal(&app, &page, &c, false).await {
        let typed = InputForm { statement: Some((String::new(), refused.sentence(&page))), ..InputForm::default() };
        return again(&app, page, c, typed, StatusCode::FORBIDDEN).await;
    }
    rate_limit(&app, &page, &client)?;
    let voter = voter_key(&page).ok_or(AppError::Csrf)?;
    let group = match &page.user {
        Some(user) => {
            let mut conn = app.db.acquire().await?;
            participants::get(&mut conn, user.id).await?.stakeholder_group
        }
        None => String::new(),
    };
    let mut tx = app.db.begin().await?;
    store::vote(&mut tx, statement_id, &voter, &group, value.value()).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/consultations/{consultation_id}#statement-{statement_id}"))).into_response())
}

/// A submission as its public page and the API show it.
#[derive(serde::Serialize)]
pub struct SubmissionView {
    pub submission: Submission,
    pub consultation_title: String,
    pub answers: Vec<(String, String, Vec<String>)>,
    pub endorsed_by: Vec<String>,
    pub endorsements_pending: usize,
    pub used: Option<String>,
    /// Content is withheld: confidential (counted only) or hidden by moderators.
    pub withheld: bool,
}

async fn submission_view(app: &App, id: i64) -> Result<SubmissionView, AppError> {
    let mut conn = app.db.acquire().await?;
    let submission = store::submission(&mut conn, id).await?;
    let c = store::get(&mut conn, submission.consultation_id).await?;
    let questions = store::questions(&mut conn, c.id).await?;
    let answers = store::answers(&mut conn, c.id, Some(id))
        .await?
        .into_iter()
        .filter_map(|a| {
            let q = questions.iter().find(|q| q.id == a.question_id)?;
            let options = agora_domain::consultations::options(&q.options);
            let chosen = stored_answer(&a)
                .choices
                .iter()
                .map(|choice| choice.parse::<usize>().ok().and_then(|i| options.get(i).cloned()).unwrap_or_else(|| choice.clone()))
                .collect();
            Some((format!("{}. {}", q.position, q.text), a.text, chosen))
        })
        .collect();
    let endorsements: Vec<_> = store::endorsements(&mut conn, c.id).await?.into_iter().filter(|e| e.submission_id == id).collect();
    let used = store::citations(&mut conn, c.id).await?.into_iter().find(|x| x.submission_id == id).map(|x| x.used);
    let confidential = submission.confidential == 1;
    let withheld = confidential || submission.hidden_reason.is_some();
    Ok(SubmissionView {
        endorsed_by: if confidential {
            Vec::new()
        } else {
            endorsements.iter().filter(|e| e.confirmed_at.is_some()).map(|e| e.organization.clone()).collect()
        },
        endorsements_pending: if confidential { 0 } else { endorsements.iter().filter(|e| e.confirmed_at.is_none()).count() },
        answers: if withheld { Vec::new() } else { answers },
        used: if c.synthesis_status == "published" { used } else { None },
        withheld,
        consultation_title: c.title,
        submission: withhold(submission),
    })
}

/// A submission as anyone may read it: a confidential one is counted, never attributed (no name, organization,
/// group, country or text); a hidden one keeps its author but not its text. Every reader of a submission — the
/// page, the JSON API and the endorsement page — goes through here.
fn withhold(submission: Submission) -> Submission {
    if submission.confidential == 1 {
        return Submission {
            on_behalf: String::new(),
            author_name: String::new(),
            organization: String::new(),
            stakeholder_group: String::new(),
            country: String::new(),
            text: String::new(),
            ..submission
        };
    }
    if submission.hidden_reason.is_some() {
        return Submission { text: String::new(), ..submission };
    }
    submission
}

#[derive(Template)]
#[template(path = "consultations/submission.html")]
struct SubmissionPage {
    page: Page,
    view: SubmissionView,
    own: bool,
    received: String,
    updated: String,
    /// The private edit link, shown to the anonymous sender right after sending.
    edit_link: String,
}

#[derive(serde::Deserialize)]
pub struct EditQuery {
    #[serde(default)]
    pub edit: String,
}

impl SubmissionPage {
    /// A chosen option, or a scale point in the reader's language.
    fn choice_label(&self, choice: &str) -> String {
        match agora_domain::consultations::Agreement::from_code(choice) {
            Some(point) => self.page.term("agreement", point.code()),
            None => choice.to_string(),
        }
    }
}

async fn submission_page(
    State(app): State<App>,
    page: Page,
    Path(id): Path<i64>,
    axum::extract::Query(q): axum::extract::Query<EditQuery>,
) -> Result<Response, AppError> {
    let view = submission_view(&app, id).await?;
    let own = page.user.as_ref().is_some_and(|u| view.submission.participant_id == Some(u.id));
    let mut edit_link = String::new();
    if !q.edit.is_empty() {
        let mut conn = app.db.acquire().await?;
        if store::by_edit_token(&mut conn, &token_hash(&q.edit)).await?.is_some_and(|s| s.id == id) {
            edit_link = format!("{}/consultations/{}?edit={}#submission", app.config.public_url, view.submission.consultation_id, q.edit);
        }
    }
    let (received, updated) = (day_time(view.submission.created_at), day_time(view.submission.updated_at));
    Ok(html(&SubmissionPage { received, updated, view, own, page, edit_link }))
}

/// The form of an anonymous submission opened through its private edit link, if the link is one.
pub async fn form_from_link(app: &App, consultation_id: i64, token: &str) -> Result<Option<InputForm>, AppError> {
    let mut conn = app.db.acquire().await?;
    let Some(s) = store::by_edit_token(&mut conn, &token_hash(token)).await? else { return Ok(None) };
    if s.consultation_id != consultation_id {
        return Ok(None);
    }
    let answers = store::answers(&mut conn, consultation_id, Some(s.id)).await?;
    Ok(Some(InputForm { edit_token: token.to_string(), ..InputForm::from_submission(&s, &answers) }))
}

async fn submission_api(State(app): State<App>, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(axum::Json(submission_view(&app, id).await?).into_response())
}

#[derive(Template)]
#[template(path = "consultations/endorsement.html")]
struct EndorsementPage {
    page: Page,
    organization: String,
    confirmed: bool,
    view: SubmissionView,
    token: String,
}

async fn endorsement_page(State(app): State<App>, page: Page, Path(token): Path<String>) -> Result<Response, AppError> {
    let mut conn = app.db.acquire().await?;
    let e = store::endorsement_by_token(&mut conn, &token_hash(&token)).await?;
    drop(conn);
    let view = submission_view(&app, e.submission_id).await?;
    Ok(html(&EndorsementPage { page, organization: e.organization, confirmed: e.confirmed_at.is_some(), view, token }))
}

async fn endorse(State(app): State<App>, page: Page, Path(token): Path<String>, _form: FormData) -> Result<Response, AppError> {
    let mut tx = app.db.begin().await?;
    let e = store::endorsement_by_token(&mut tx, &token_hash(&token)).await?;
    if e.confirmed_at.is_none() {
        store::confirm_endorsement(&mut tx, e.id).await?;
    }
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/submissions/{}", e.submission_id))).into_response())
}
