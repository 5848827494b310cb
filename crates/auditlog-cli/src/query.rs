//! `auditlog query`: the seed-002 listing, as a table or as JSON.

use serde_json::Value;

use crate::cli::QueryArgs;
use crate::client::{json_or_error, Api};

pub fn run(args: QueryArgs) -> Result<(), String> {
    let api = Api::new(&args.client)?;
    let mut params = args.filters.params();
    if let Some(cursor) = &args.cursor {
        params.push(("cursor", cursor.clone()));
    }
    params.push(("limit", args.limit.to_string()));
    if let Some(skip) = args.skip {
        params.push(("skip", skip.to_string()));
    }
    let url = api.org_url("audit-log");
    let mut printed = 0u64;
    loop {
        let (_, page) = json_or_error(api.get(&url).query(&params).send())?;
        let items = page["items"].as_array().cloned().unwrap_or_default();
        if args.json {
            println!("{page}");
        } else {
            print_table(&items, printed == 0);
        }
        printed += items.len() as u64;
        let next = page["next_cursor"].as_str().map(str::to_owned);
        match next {
            Some(cursor) if args.all => {
                params.retain(|(k, _)| *k != "cursor" && *k != "skip");
                params.push(("cursor", cursor));
            }
            next => {
                if !args.json {
                    eprintln!("{printed} of {} entries", page["total"]);
                    if let Some(cursor) = next {
                        eprintln!("more: --cursor {cursor}");
                    }
                }
                return Ok(());
            }
        }
    }
}

fn print_table(items: &[Value], header: bool) {
    let s = |v: &Value| v.as_str().unwrap_or("-").to_owned();
    if header {
        println!(
            "{:<27} {:<28} {:<28} {:<36} ID",
            "TIME", "EVENT", "ACTOR", "RESOURCE"
        );
    }
    for e in items {
        let actor = e["user_name"]
            .as_str()
            .map_or_else(|| s(&e["user_id"]), str::to_owned);
        let resource = e["resource_name"]
            .as_str()
            .map_or_else(|| s(&e["resource_id"]), str::to_owned);
        println!(
            "{:<27} {:<28} {:<28} {:<36} {}",
            s(&e["timestamp"]),
            clip(&s(&e["event"]), 28),
            clip(&actor, 28),
            clip(&resource, 36),
            s(&e["id"])
        );
    }
}

fn clip(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_owned()
    } else {
        let mut out: String = s.chars().take(width - 1).collect();
        out.push('…');
        out
    }
}
