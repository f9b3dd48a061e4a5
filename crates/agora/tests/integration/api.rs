//! The JSON API: its OpenAPI description and documentation page, cursor pagination, scoped tokens for the
//! write endpoints, and the one error shape.

use crate::support::*;

#[tokio::test]
async fn the_api_describes_itself_and_pages_with_cursors() {
    let server = Server::start().await;
    for (name, email) in [("Ann One", "ann@example.org"), ("Ben Two", "ben@example.org"), ("Cat Three", "cat@example.org")] {
        registered_participant(&server, name, email).await;
    }
    let client = server.client();
    let spec = client.get("/api/openapi.json").await.json();
    assert!(spec["openapi"].as_str().unwrap().starts_with("3.1"));
    for path in ["/api/participants", "/api/organizations", "/api/record/head", "/api/record/proof/inclusion", "/api/cycles/{id}/proposals"]
    {
        assert!(spec["paths"].get(path).is_some(), "{path} is described");
    }
    assert_eq!(spec["paths"]["/api/organizations"]["post"]["security"][0]["token"][0], "organizations:write");
    let docs = client.get("/api/docs").await;
    assert_eq!(docs.status, 200);
    assert!(docs.body.contains("GET /api/participants") && docs.body.contains("organizations:write"));

    let first = client.get("/api/participants?limit=2").await;
    assert_eq!(first.json().as_array().unwrap().len(), 2);
    let link = first.headers["link"].to_str().unwrap().to_string();
    let next = link.trim_start_matches('<').split('>').next().unwrap().to_string();
    let second = client.get(&next).await;
    let names: Vec<String> = first
        .json()
        .as_array()
        .unwrap()
        .iter()
        .chain(second.json().as_array().unwrap())
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["Ann One", "Ben Two", "Cat Three"], "the pages follow on, none twice");
    assert!(second.headers.get("link").is_none(), "the last page has no next");
    let malformed = client.get("/api/participants?cursor=abc").await;
    assert_eq!(malformed.status, 400);
    assert_eq!(malformed.json()["detail"], "malformed cursor \"abc\"");
    assert!(malformed.json()["error"].is_string(), "the one error shape");
}

#[tokio::test]
async fn write_endpoints_need_a_token_with_the_scope() {
    let server = Server::start().await;
    let me = registered_participant(&server, "Grace Mwenda", "grace@example.org").await;
    let created = me.submit("/me", "/me/tokens", &[("name", "our CRM"), ("scopes", "organizations:write")]).await;
    assert_eq!(created.status, 200);
    let token = created.texts("#new-token")[0].clone();
    assert!(token.starts_with("agora_"));
    assert!(me.get("/me").await.body.contains("our CRM"));

    let http = reqwest::Client::new();
    let post = |path: &str, token: Option<&str>, body: &str| {
        let mut request = http.post(format!("{}{path}", server.url)).header("content-type", "application/json").body(body.to_string());
        if let Some(t) = token {
            request = request.header("authorization", format!("Bearer {t}"));
        }
        request.send()
    };
    let org = r#"{"name": "Mombasa Digital Hub", "stakeholder_group": "private-sector", "country": "KE"}"#;
    assert_eq!(post("/api/organizations", None, org).await.unwrap().status(), 401);
    let ok = post("/api/organizations", Some(&token), org).await.unwrap();
    assert_eq!(ok.status(), 201);
    assert!(server.client().get("/organizations").await.body.contains("Mombasa Digital Hub"));
    let duplicate = post("/api/organizations", Some(&token), org).await.unwrap();
    assert_eq!(duplicate.status(), 409);
    let bad_group =
        post("/api/organizations", Some(&token), r#"{"name": "X", "stakeholder_group": "press", "country": "KE"}"#).await.unwrap();
    assert_eq!(bad_group.status(), 400);
    assert_eq!(post("/api/organizations", Some(&token), "{not json").await.unwrap().status(), 400);
    let no_scope = post("/api/cycles/1/issues", Some(&token), r#"{"text": "Spectrum for community networks"}"#).await.unwrap();
    assert_eq!(no_scope.status(), 403);
    let body: serde_json::Value = no_scope.json().await.unwrap();
    assert_eq!(body["detail"], "this token lacks the scope issues:write");

    let profile = me.get("/me").await;
    let revoke = profile.attr("form[action$='/revoke']", "action");
    assert_eq!(me.post(&revoke, &[("csrf", &profile.csrf())]).await.status, 303);
    assert_eq!(post("/api/organizations", Some(&token), org).await.unwrap().status(), 401, "a revoked token opens nothing");
}
