//! `auditlog export`: the NDJSON export of an organization's log, streamed to a file.

use std::fs::File;
use std::io::{BufWriter, Write};

use crate::cli::ExportArgs;
use crate::client::Api;

pub fn run(args: ExportArgs) -> Result<(), String> {
    let api = Api::new(&args.client)?;
    let mut export = if args.include_pruned {
        api.wait(api.log.export_with_pruned())?
    } else {
        api.wait(api.log.export(&args.filters.to_filters()))?
    };
    let mut out: Box<dyn Write> = match &args.output {
        Some(path) if path.as_os_str() != "-" => Box::new(BufWriter::new(
            File::create(path).map_err(|e| format!("{}: {e}", path.display()))?,
        )),
        _ => Box::new(BufWriter::new(std::io::stdout())),
    };
    let mut bytes = 0u64;
    while let Some(chunk) = api
        .wait(export.chunk())
        .map_err(|e| format!("export interrupted: {e}"))?
    {
        out.write_all(&chunk).map_err(|e| e.to_string())?;
        bytes += chunk.len() as u64;
    }
    out.flush().map_err(|e| e.to_string())?;
    if let Some(path) = &args.output {
        eprintln!("wrote {bytes} bytes to {}", path.display());
    }
    Ok(())
}
