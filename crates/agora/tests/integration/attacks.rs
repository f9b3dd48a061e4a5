//! Attacks found from outside, each kept as a test that failed before its fix: what the forum promised to keep
//! private stays private, whoever asks and through whichever surface (page, JSON API, CSV). Add each new finding
//! here, named for what it defends.

use crate::support::*;
use std::collections::{BTreeMap, BTreeSet};

/// Finding 1: a confidential submission is counted, never attributed — not by its page, not by
/// `GET /api/submissions/{id}`, whose sequential ids can be walked.
#[tokio::test]
async fn confidential_submissions_name_no_one_through_the_api() {
    let server = Server::start_with(true).await;
    let tables = table_rows(&server, &["consultation_submissions"]);
    let confidential: Vec<&Row> = tables["consultation_submissions"].iter().filter(|s| s["confidential"] == 1).collect();
    assert!(!confidential.is_empty(), "the demo has confidential submissions");
    let anonymous = server.client();
    for row in confidential {
        let id = &row["id"];
        let author = row["author_name"].as_str().unwrap();
        let organization = row["organization"].as_str().unwrap();
        let api = anonymous.get(&format!("/api/submissions/{id}")).await;
        assert_eq!(api.status, 200);
        let json = api.json();
        assert_eq!(json["submission"]["confidential"], 1);
        for field in ["author_name", "organization", "stakeholder_group", "country", "on_behalf", "text"] {
            assert_eq!(json["submission"][field], "", "submission {id}: {field} withheld in {}", api.body);
        }
        assert!(!author.is_empty() && !api.body.contains(author), "submission {id} names {author}: {}", api.body);
        assert!(organization.is_empty() || !api.body.contains(organization), "submission {id} names {organization}");
        let page = anonymous.get(&format!("/submissions/{id}")).await;
        assert!(!page.body.contains(author), "the page of submission {id} names {author}");
    }
}

/// Finding 2: scores belong to the Secretariat and the Chair while the evaluation runs — anonymous readers, MAG
/// members and proposers are refused, in the API and the CSV — and the pseudonyms do not follow evaluator ids.
#[tokio::test]
async fn evaluation_scores_stay_with_the_secretariat_and_chair_until_the_selection_is_published() {
    let server = Server::start_with(true).await;
    let tables = table_rows(&server, &["evaluations", "proposals"]);
    let cycle_of: BTreeMap<i64, i64> =
        tables["proposals"].iter().map(|p| (p["id"].as_i64().unwrap(), p["cycle_id"].as_i64().unwrap())).collect();
    let evaluated: BTreeSet<i64> = tables["evaluations"].iter().map(|e| cycle_of[&e["proposal_id"].as_i64().unwrap()]).collect();
    let cycle = *evaluated.iter().next().expect("the demo has a cycle under evaluation");

    let mag = server.client();
    assert_eq!(mag.login("mag@demo.agora.example", DEMO_PASSWORD).await.status, 303);
    for reader in [&server.client(), &mag] {
        let api = reader.get(&format!("/api/cycles/{cycle}/scores")).await;
        assert_eq!(api.status, 403, "scores during evaluation: {}", &api.body[..api.body.len().min(300)]);
        assert!(api.json()["detail"].as_str().unwrap().contains("Secretariat"), "a reason a person can read: {}", api.body);
        let csv = reader.get(&format!("/cycles/{cycle}/scores.csv")).await;
        assert_eq!(csv.status, 403, "scores.csv during evaluation");
    }

    let secretariat = server.client();
    assert_eq!(secretariat.login("secretariat@demo.agora.example", DEMO_PASSWORD).await.status, 303);
    let scores = secretariat.get(&format!("/api/cycles/{cycle}/scores")).await.json();
    let scores = scores.as_array().unwrap();
    assert_eq!(scores.len(), tables["evaluations"].iter().filter(|e| cycle_of[&e["proposal_id"].as_i64().unwrap()] == cycle).count());
    assert_eq!(secretariat.get(&format!("/cycles/{cycle}/scores.csv")).await.status, 200);

    // Who is behind each pseudonym, recognised by the proposals they scored.
    let mut by_pseudonym: BTreeMap<String, BTreeSet<i64>> = BTreeMap::new();
    for s in scores {
        by_pseudonym.entry(s["evaluator"].as_str().unwrap().to_string()).or_default().insert(s["proposal"].as_i64().unwrap());
    }
    let mut by_evaluator: BTreeMap<i64, BTreeSet<i64>> = BTreeMap::new();
    for e in &tables["evaluations"] {
        by_evaluator.entry(e["evaluator_id"].as_i64().unwrap()).or_default().insert(e["proposal_id"].as_i64().unwrap());
    }
    let numbers_in_id_order: Vec<u32> = by_evaluator
        .values()
        .filter_map(|scored| by_pseudonym.iter().find(|(_, p)| *p == scored).map(|(name, _)| name[1..].parse().unwrap()))
        .collect();
    assert!(numbers_in_id_order.len() > 5, "evaluators recognised: {numbers_in_id_order:?}");
    // With more than five evaluators, a numbering drawn independently of ids is in id order once in 720 or less.
    assert!(!numbers_in_id_order.windows(2).all(|w| w[0] < w[1]), "pseudonyms numbered in id order: {numbers_in_id_order:?}");
}
