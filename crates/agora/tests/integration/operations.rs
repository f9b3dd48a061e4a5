//! What operators rely on: health and readiness probes, Prometheus metrics by route with the queues' depths.

use crate::support::*;

#[tokio::test]
async fn probes_and_metrics() {
    let server = Server::start().await;
    let client = server.client();
    assert_eq!(client.get("/healthz").await.body, "ok");
    assert_eq!(client.get("/readyz").await.status, 200);
    assert_eq!(client.get("/groups").await.status, 200);
    assert_eq!(client.get("/groups/999").await.status, 404);
    let metrics = client.get("/metrics").await;
    assert!(metrics.headers["content-type"].to_str().unwrap().starts_with("text/plain; version=0.0.4"));
    let body = metrics.body;
    for line in [
        "agora_http_requests_total{method=\"GET\",route=\"/groups\",status=\"2xx\"} 1",
        "agora_http_requests_total{method=\"GET\",route=\"/groups/{id}\",status=\"4xx\"} 1",
        "agora_http_request_duration_seconds_count{method=\"GET\",route=\"/groups\"} 1",
        "# TYPE agora_mail_pending gauge",
        "# TYPE agora_record_unsequenced gauge",
        "agora_submissions_waiting 0",
    ] {
        assert!(body.contains(line), "missing {line:?} in\n{body}");
    }
}
