//! `auditlog export`: the NDJSON export of an organization's log, streamed to a file.

use std::fs::File;
use std::io::{BufWriter, Write};

use crate::cli::ExportArgs;
use crate::client::Api;

pub fn run(args: ExportArgs) -> Result<(), String> {
    let api = Api::new(&args.client)?;
    let mut params = args.filters.params();
    params.push(("format", "ndjson".to_owned()));
    let mut res = api
        .get(&api.org_url("audit-log/export"))
        .query(&params)
        .send()
        .map_err(|e| crate::client::request_failed(&e))?;
    if !res.status().is_success() {
        return Err(crate::client::json_or_error(Ok(res))
            .err()
            .unwrap_or_default());
    }
    let mut out: Box<dyn Write> = match &args.output {
        Some(path) if path.as_os_str() != "-" => Box::new(BufWriter::new(
            File::create(path).map_err(|e| format!("{}: {e}", path.display()))?,
        )),
        _ => Box::new(BufWriter::new(std::io::stdout())),
    };
    let bytes = res
        .copy_to(&mut out)
        .map_err(|e| format!("export interrupted: {e}"))?;
    out.flush().map_err(|e| e.to_string())?;
    if let Some(path) = &args.output {
        eprintln!("wrote {bytes} bytes to {}", path.display());
    }
    Ok(())
}
