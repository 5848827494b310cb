//! `auditlog query`: the seed-002 listing, as a table or as JSON.

use auditlog_client::{Entry, Paging};

use crate::cli::QueryArgs;
use crate::client::Api;

pub fn run(args: QueryArgs) -> Result<(), String> {
    let api = Api::new(&args.client)?;
    let filters = args.filters.to_filters();
    let mut paging = Paging::first(args.limit).skip(args.skip.unwrap_or(0));
    if let Some(cursor) = &args.cursor {
        paging = paging.cursor(cursor);
    }
    let mut printed = 0u64;
    loop {
        let page = api.wait(api.log.list(&filters, &paging))?;
        if args.json {
            println!(
                "{}",
                serde_json::to_string(&page).map_err(|e| e.to_string())?
            );
        } else {
            print_table(&page.items, printed == 0);
        }
        printed += page.items.len() as u64;
        match page.next_cursor {
            Some(cursor) if args.all => paging = Paging::first(args.limit).cursor(cursor),
            next => {
                if !args.json {
                    eprintln!("{printed} of {} entries", page.total);
                    if let Some(cursor) = next {
                        eprintln!("more: --cursor {cursor}");
                    }
                }
                return Ok(());
            }
        }
    }
}

fn print_table(items: &[Entry], header: bool) {
    if header {
        println!(
            "{:<27} {:<28} {:<28} {:<36} ID",
            "TIME", "EVENT", "ACTOR", "RESOURCE"
        );
    }
    for e in items {
        let actor = e.user_name.as_deref().unwrap_or(&e.user_id);
        let resource = e.resource_name.as_deref().unwrap_or(&e.resource_id);
        println!(
            "{:<27} {:<28} {:<28} {:<36} {}",
            e.timestamp.to_string(),
            clip(&e.event, 28),
            clip(actor, 28),
            clip(resource, 36),
            e.id
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
