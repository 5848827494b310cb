//! An export in flight: NDJSON read as it arrives, as raw bytes, as lines or as entries.

use bytes::{Buf, Bytes, BytesMut};

use crate::{Entry, Error, Result};

/// The body of `GET …/audit-log/export?format=ndjson`, one entry per line in sequence order.
pub struct Export {
    res: reqwest::Response,
    /// Bytes received but not yet returned as a line.
    pending: BytesMut,
    ended: bool,
}

impl Export {
    pub(crate) fn new(res: reqwest::Response) -> Self {
        Self {
            res,
            pending: BytesMut::new(),
            ended: false,
        }
    }

    /// The next piece of the body as it arrived, or `None` at its end. Use this to copy an
    /// export to a file; do not mix it with [`Export::next_line`].
    pub async fn chunk(&mut self) -> Result<Option<Bytes>> {
        if !self.pending.is_empty() {
            return Ok(Some(self.pending.split().freeze()));
        }
        Ok(self.res.chunk().await?)
    }

    /// The next line (one entry's JSON, without its newline), or `None` at the end.
    pub async fn next_line(&mut self) -> Result<Option<String>> {
        loop {
            if let Some(at) = self.pending.iter().position(|&b| b == b'\n') {
                let line = self.pending.split_to(at);
                self.pending.advance(1);
                return text(line).map(Some);
            }
            if self.ended {
                if self.pending.is_empty() {
                    return Ok(None);
                }
                let rest = self.pending.split();
                return text(rest).map(Some);
            }
            match self.res.chunk().await? {
                Some(chunk) => self.pending.extend_from_slice(&chunk),
                None => self.ended = true,
            }
        }
    }

    /// The next entry, or `None` at the end.
    pub async fn next_entry(&mut self) -> Result<Option<Entry>> {
        let Some(line) = self.next_line().await? else {
            return Ok(None);
        };
        serde_json::from_str(&line)
            .map(Some)
            .map_err(|e| Error::Response {
                status: 200,
                detail: format!("export line: {e}"),
            })
    }
}

fn text(line: BytesMut) -> Result<String> {
    String::from_utf8(line.to_vec()).map_err(|e| Error::Response {
        status: 200,
        detail: format!("export line: {e}"),
    })
}
