//! `auditlog ingest`: NDJSON in, batched atomic writes out, with a progress bar and a summary.
//! A rejected batch stops the run and names the input line at fault; every earlier batch stays
//! committed, and re-running with idempotency keys in the input replays safely.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use serde_json::Value;

use crate::cli::IngestArgs;
use crate::client::Api;

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
            send(&api, &mut batch, &mut lines, &mut tally)?;
            bar.set_message(format!("{} stored", tally.stored));
        }
    }
    if !batch.is_empty() {
        send(&api, &mut batch, &mut lines, &mut tally)?;
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
    batch: &mut Vec<Value>,
    lines: &mut Vec<usize>,
    tally: &mut Tally,
) -> Result<(), String> {
    let items = std::mem::take(batch);
    let stored = api.wait(api.log.record_batch(&items)).map_err(|e| {
        let stored = tally.stored + tally.replayed;
        format!(
            "{}\nstopped: {stored} entries before this batch were committed; this batch stored nothing",
            at_line(e, lines)
        )
    })?;
    lines.clear();
    let n = stored.value.len() as u64;
    // Created: something new was stored; otherwise every item replayed an idempotency key.
    if stored.created {
        tally.stored += n;
    } else {
        tally.replayed += n;
    }
    Ok(())
}

/// Points the `items[i]` an error names at the input line it came from.
fn at_line(error: String, lines: &[usize]) -> String {
    let line = error
        .split("items[")
        .nth(1)
        .and_then(|rest| rest.split(']').next())
        .and_then(|i| i.parse::<usize>().ok())
        .and_then(|i| lines.get(i));
    match line {
        Some(line) => format!("line {line}: {error}"),
        None => error,
    }
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
