//! What operators watch: `/healthz` (the process answers), `/readyz` (it can reach its database), and Prometheus
//! `/metrics` — requests by route and status class with a latency histogram, and the depths of the queues a node
//! works through (mail to send, record entries to sequence, submissions waiting for their group commit).

use crate::{App, AppError};
use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Instant;

pub fn routes() -> Router<App> {
    Router::new().route("/healthz", get(|| async { "ok" })).route("/readyz", get(ready)).route("/metrics", get(metrics))
}

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 11] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

#[derive(Default)]
struct Series {
    count: u64,
    sum: f64,
    /// Cumulative counts per bucket, as Prometheus wants them.
    buckets: [u64; BUCKETS.len()],
}

/// Request counts and latencies by (method, route, status class), since the process started.
#[derive(Default)]
pub struct Metrics {
    series: Mutex<BTreeMap<(String, String, &'static str), Series>>,
}

impl Metrics {
    fn observe(&self, method: &str, route: &str, status: StatusCode, seconds: f64) {
        let class = match status.as_u16() {
            100..=199 => "1xx",
            200..=299 => "2xx",
            300..=399 => "3xx",
            400..=499 => "4xx",
            _ => "5xx",
        };
        let mut series = self.series.lock().unwrap_or_else(|e| e.into_inner());
        let s = series.entry((method.to_string(), route.to_string(), class)).or_default();
        s.count += 1;
        s.sum += seconds;
        for (bucket, bound) in s.buckets.iter_mut().zip(BUCKETS) {
            if seconds <= bound {
                *bucket += 1;
            }
        }
    }

    fn render(&self, out: &mut String) {
        let series = self.series.lock().unwrap_or_else(|e| e.into_inner());
        out.push_str("# HELP agora_http_requests_total HTTP requests answered, by route and status class.\n");
        out.push_str("# TYPE agora_http_requests_total counter\n");
        for ((method, route, class), s) in series.iter() {
            let _ = writeln!(out, "agora_http_requests_total{{method=\"{method}\",route=\"{route}\",status=\"{class}\"}} {}", s.count);
        }
        out.push_str("# HELP agora_http_request_duration_seconds Time to answer HTTP requests, by route.\n");
        out.push_str("# TYPE agora_http_request_duration_seconds histogram\n");
        let mut by_route: BTreeMap<(&str, &str), Series> = BTreeMap::new();
        for ((method, route, _), s) in series.iter() {
            let r = by_route.entry((method, route)).or_default();
            r.count += s.count;
            r.sum += s.sum;
            for (a, b) in r.buckets.iter_mut().zip(s.buckets) {
                *a += b;
            }
        }
        for ((method, route), s) in by_route {
            let labels = format!("method=\"{method}\",route=\"{route}\"");
            for (bound, n) in BUCKETS.iter().zip(s.buckets) {
                let _ = writeln!(out, "agora_http_request_duration_seconds_bucket{{{labels},le=\"{bound}\"}} {n}");
            }
            let _ = writeln!(out, "agora_http_request_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {}", s.count);
            let _ = writeln!(out, "agora_http_request_duration_seconds_sum{{{labels}}} {}", s.sum);
            let _ = writeln!(out, "agora_http_request_duration_seconds_count{{{labels}}} {}", s.count);
        }
    }
}

/// Measures every routed request under its route template (`/groups/{id}`), so the series stay few.
pub async fn measure(State(app): State<App>, request: Request, next: Next) -> Response {
    let route = request.extensions().get::<MatchedPath>().map_or("unmatched", |m| m.as_str()).to_string();
    let method = request.method().to_string();
    let started = Instant::now();
    let response = next.run(request).await;
    app.metrics.observe(&method, &route, response.status(), started.elapsed().as_secs_f64());
    response
}

/// Ready when the database answers; a load balancer stops sending requests to a node that is not.
async fn ready(State(app): State<App>) -> Response {
    match app.db.acquire().await {
        Ok(mut conn) => match agora_store::settings::get(&mut conn, "server.secret").await {
            Ok(_) => "ready".into_response(),
            Err(e) => (StatusCode::SERVICE_UNAVAILABLE, format!("database: {e}")).into_response(),
        },
        Err(e) => (StatusCode::SERVICE_UNAVAILABLE, format!("database: {e}")).into_response(),
    }
}

fn gauge(out: &mut String, name: &str, help: &str, value: i64) {
    let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}");
}

async fn metrics(State(app): State<App>) -> Result<Response, AppError> {
    let mut out = String::new();
    app.metrics.render(&mut out);
    let mut conn = app.db.acquire().await?;
    gauge(&mut out, "agora_mail_pending", "Mails waiting to be sent.", agora_store::mail::pending_count(&mut conn).await?);
    gauge(
        &mut out,
        "agora_record_unsequenced",
        "Public record entries waiting to join the Merkle tree.",
        agora_store::record::unsequenced(&mut conn).await?,
    );
    gauge(
        &mut out,
        "agora_submissions_waiting",
        "Consultation submissions waiting for their group commit.",
        app.submissions.waiting() as i64,
    );
    let (open, idle) = app.db.connections();
    gauge(&mut out, "agora_db_connections", "Open database connections of this node.", open as i64);
    gauge(&mut out, "agora_db_connections_idle", "Idle database connections of this node.", idle as i64);
    Ok(([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], out).into_response())
}
