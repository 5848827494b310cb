//! `auditlog ingest`: NDJSON in, batched atomic writes out, with a progress bar and a summary.
//! A rejected batch stops the run and names the input line at fault; every earlier batch stays
//! committed, and re-running with idempotency keys in the input replays safely.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use serde_json::{json, Value};

use crate::cli::IngestArgs;
use crate::client::{json_or_error, Api};

#[derive(Default)]
struct Tally {
    stored: u64,
    replayed: u64,
}

pub fn run(args: IngestArgs) -> Result<(), String> {
    let api = Api::new(&args.client)?;
    let (input, size): (Box<dyn Read>, Option<u64>) = match &args.file {
        Some(path) if path.as_os_str() != "-" => {
            let file = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let size = file.metadata().ok().map(|m| m.len());
            (Box::new(file), size)
        }
        _ => (Box::new(std::io::stdin()), None),
    };
    let bar = progress(size, args.quiet);
    let started = Instant::now();
    let mut tally = Tally::default();
    let mut batch: Vec<Value> = Vec::new();
    let mut lines: Vec<usize> = Vec::new();
    let url = api.org_url("audit-log/batch");

    for (index, line) in BufReader::new(input).lines().enumerate() {
        let line_no = index + 1;
        let line = line.map_err(|e| format!("line {line_no}: {e}"))?;
        bar.inc(line.len() as u64 + 1);
        if line.trim().is_empty() {
            continue;
        }
        let item: Value = serde_json::from_str(&line)
            .map_err(|e| format!("line {line_no}: invalid JSON: {e}"))?;
        batch.push(item);
        lines.push(line_no);
        if batch.len() == args.batch_size as usize {
            send(&api, &url, &mut batch, &mut lines, &mut tally)?;
            bar.set_message(format!("{} stored", tally.stored));
        }
    }
    if !batch.is_empty() {
        send(&api, &url, &mut batch, &mut lines, &mut tally)?;
    }
    bar.finish_and_clear();
    let secs = started.elapsed().as_secs_f64();
    let total = tally.stored + tally.replayed;
    println!(
        "{total} entries committed in {secs:.1}s ({:.0} entries/s); {} of them in batches that only replayed earlier entries",
        total as f64 / secs.max(1e-9),
        tally.replayed,
    );
    Ok(())
}

fn send(
    api: &Api,
    url: &str,
    batch: &mut Vec<Value>,
    lines: &mut Vec<usize>,
    tally: &mut Tally,
) -> Result<(), String> {
    let body = json!({ "items": std::mem::take(batch) });
    let result = json_or_error(api.post(url).json(&body).send()).map_err(|e| {
        // Point `items[i]` at the input line it came from.
        match e
            .split("items[")
            .nth(1)
            .and_then(|rest| rest.split(']').next())
        {
            Some(i) => match i.parse::<usize>().ok().and_then(|i| lines.get(i)) {
                Some(line) => format!("line {line}: {e}"),
                None => e,
            },
            None => e,
        }
    });
    let (status, response) = match result {
        Ok(ok) => ok,
        Err(e) => {
            let stored = tally.stored + tally.replayed;
            return Err(format!(
                "{e}\nstopped: {stored} entries before this batch were committed; this batch stored nothing"
            ));
        }
    };
    lines.clear();
    let n = response["items"].as_array().map_or(0, Vec::len) as u64;
    // 201: something new was stored; 200: every item replayed an earlier idempotency key.
    if status == 201 {
        tally.stored += n;
    } else {
        tally.replayed += n;
    }
    Ok(())
}

fn progress(size: Option<u64>, quiet: bool) -> ProgressBar {
    if quiet {
        return ProgressBar::hidden();
    }
    match size {
        Some(len) => {
            let bar = ProgressBar::new(len);
            bar.set_style(
                ProgressStyle::with_template(
                    "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} {msg} (eta {eta})",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            bar
        }
        None => {
            let bar = ProgressBar::new_spinner();
            bar.set_style(
                ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bytes} read {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar
        }
    }
}
