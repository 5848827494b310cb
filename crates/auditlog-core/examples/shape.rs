use auditlog_core::StoredEntry;
use std::time::Instant;
fn main() {
    let body = br#"{"action":"archived","actor_type":"user","changes":[{"field":"status","new_value":"archived","old_value":"active"}],"department_id":"dept_14","event":"workflow.archived","id":"log_01M98V0R3E006BERK2YSTJ6C6R","idempotency_key":null,"metadata":{"country":"BR","ip_address":"10.244.119.20","source":"web_ui","user_agent":"Mozilla/5.0 (X11; Linux x86_64)"},"organization_id":"bench-0","received_at":"2026-12-07T18:07:23.247202Z","resource_id":"work_7119","resource_name":"Data workflow 7119","resource_type":"workflow","sequence":1163822,"targets":[{"id":"asst_12","name":"Assistant 12","type":"assistant"}],"timestamp":"2026-08-29T18:09:47.400813Z","user_email":"mei.schulz244@example.com","user_id":"uid_244","user_name":"Mei Schulz"}"#;
    let e = StoredEntry::new(body.to_vec(), &[7; 32]);
    let n = 1_000_000;
    let mut out = Vec::with_capacity(1 << 20);
    let t = Instant::now();
    for _ in 0..n {
        out.clear();
        e.write_own_shape(&mut out).unwrap();
    }
    println!(
        "own shape {:.3} µs",
        t.elapsed().as_secs_f64() * 1e6 / n as f64
    );
    let entry = e.entry().unwrap();
    let t = Instant::now();
    for _ in 0..n {
        out.clear();
        serde_json::to_writer(&mut out, &entry).unwrap();
    }
    println!(
        "serialize {:.3} µs",
        t.elapsed().as_secs_f64() * 1e6 / n as f64
    );
    let t = Instant::now();
    for _ in 0..n {
        let c = entry.canonical_bytes();
        std::hint::black_box(c);
    }
    println!(
        "canonical {:.3} µs",
        t.elapsed().as_secs_f64() * 1e6 / n as f64
    );
}
