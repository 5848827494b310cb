//! A connection's socket as hyper sees it: it records when bytes last moved, and it gives the
//! answers hyper writes on its own (to a request it cannot parse, and to HTTP/2) the error shape.
//!
//! hyper answers an unparsable request line, an over-long URI or an over-long head itself, with
//! a status and an empty body, and closes an HTTP/2 connection without a word. A client should
//! get the same `{"error": …}` body as from every other refusal, so the write of such an answer
//! is replaced on its way out.

use std::pin::Pin;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::task::{ready, Context, Poll};
use std::time::Instant;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;

use super::Slot;
use crate::error::error_body;

/// The first bytes of every HTTP/2 connection (RFC 9113, section 3.4).
const H2_PREFACE: &[u8] = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";

pub(super) struct Tracked {
    stream: TcpStream,
    slot: Arc<Slot>,
    epoch: Instant,
    /// Whether a byte has been read yet: only the first read can hold the HTTP/2 preface.
    started: bool,
    /// The client spoke HTTP/2 and has been refused: what it sends now is read and dropped.
    refusing_http2: bool,
    /// A replacement answer still being written, and how much of it has gone.
    pending: Vec<u8>,
    sent: usize,
}

impl Tracked {
    pub(super) fn new(stream: TcpStream, slot: Arc<Slot>, epoch: Instant) -> Self {
        Self {
            stream,
            slot,
            epoch,
            started: false,
            refusing_http2: false,
            pending: Vec::new(),
            sent: 0,
        }
    }

    fn touch(&self) {
        let now = self.epoch.elapsed().as_millis() as u64;
        self.slot.last_active.store(now, Ordering::Relaxed);
    }

    /// Reads and drops what the client sends until it closes, then shows hyper the end of the
    /// stream. Closing a socket with unread bytes resets it, and a reset can destroy the frames
    /// on their way before the client reads them; hyper's header timeout bounds the wait.
    fn discard(&mut self, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        let mut scratch = [0u8; 4096];
        loop {
            let mut sink = ReadBuf::new(&mut scratch);
            ready!(Pin::new(&mut self.stream).poll_read(cx, &mut sink))?;
            if sink.filled().is_empty() {
                return Poll::Ready(Ok(()));
            }
        }
    }

    /// Writes what is left of a replacement answer.
    fn drain(&mut self, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        while self.sent < self.pending.len() {
            let n = ready!(Pin::new(&mut self.stream).poll_write(cx, &self.pending[self.sent..]))?;
            if n == 0 {
                return Poll::Ready(Err(std::io::ErrorKind::WriteZero.into()));
            }
            self.sent += n;
            self.touch();
        }
        Poll::Ready(Ok(()))
    }

    /// Takes `buf` as written, sending the error-shaped answer in its place, when it is one of
    /// hyper's own answers.
    fn replace(&mut self, cx: &mut Context<'_>, buf: &[u8]) -> Option<std::io::Result<usize>> {
        let replacement = replacement(buf)?;
        self.pending = replacement;
        self.sent = 0;
        // Whatever does not go now goes on the flush hyper makes before it closes.
        match self.drain(cx) {
            Poll::Ready(Err(e)) => Some(Err(e)),
            _ => Some(Ok(buf.len())),
        }
    }
}

impl AsyncRead for Tracked {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        if self.refusing_http2 {
            return self.discard(cx);
        }
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.stream).poll_read(cx, buf);
        if buf.filled().len() > before {
            self.touch();
            if !self.started {
                self.started = true;
                if buf.filled()[before..].starts_with(H2_PREFACE) {
                    // Tell the client why in its own protocol (the socket's send buffer is
                    // empty this early, so the frames fit), and hide the connection from hyper.
                    let _ = self.stream.try_write(&http2_refusal());
                    buf.set_filled(before);
                    self.refusing_http2 = true;
                    return self.discard(cx);
                }
            }
        }
        polled
    }
}

impl AsyncWrite for Tracked {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        ready!(self.drain(cx))?;
        if let Some(written) = self.replace(cx, buf) {
            return Poll::Ready(written);
        }
        let polled = Pin::new(&mut self.stream).poll_write(cx, buf);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.touch();
        }
        polled
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        ready!(self.drain(cx))?;
        // hyper's own answer is a head alone: one slice.
        let mut nonempty = bufs.iter().filter(|b| !b.is_empty());
        if let (Some(only), None) = (nonempty.next(), nonempty.next()) {
            if let Some(written) = self.replace(cx, only) {
                return Poll::Ready(written);
            }
        }
        let polled = Pin::new(&mut self.stream).poll_write_vectored(cx, bufs);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.touch();
        }
        polled
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        ready!(self.drain(cx))?;
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        ready!(self.drain(cx))?;
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

/// The error-shaped answer to put in place of `head`, when `head` is an answer hyper made on
/// its own: a 400, 414 or 431 with nothing but a zero length and a date. Every answer of the
/// application carries a content type, so none of them matches.
fn replacement(head: &[u8]) -> Option<Vec<u8>> {
    let rest = head.strip_prefix(b"HTTP/1.1 4")?;
    let (status, code, message) = match rest.get(..2)? {
        b"00" => (
            "400 Bad Request",
            "malformed_request",
            "The request is not valid HTTP/1.1",
        ),
        b"14" => (
            "414 URI Too Long",
            "uri_too_long",
            "The request's URI is longer than the server accepts",
        ),
        b"31" => (
            "431 Request Header Fields Too Large",
            "header_too_large",
            "The request's head (request line and headers) is larger than the server accepts",
        ),
        _ => return None,
    };
    let text = std::str::from_utf8(head).ok()?.strip_suffix("\r\n\r\n")?;
    let mut date = None;
    for line in text.split("\r\n").skip(1) {
        let (name, value) = line.split_once(':')?;
        let value = value.trim();
        if name.eq_ignore_ascii_case("content-length") && value == "0" {
            continue;
        }
        // Said again below, whatever hyper chose: the connection closes after this answer.
        if name.eq_ignore_ascii_case("connection") {
            continue;
        }
        if name.eq_ignore_ascii_case("date") {
            date = Some(value);
            continue;
        }
        return None;
    }
    let body = error_body("invalid_request_error", code, message, None).to_string();
    let mut answer = format!(
        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n",
        body.len()
    );
    if let Some(date) = date {
        answer.push_str(&format!("date: {date}\r\n"));
    }
    answer.push_str("\r\n");
    answer.push_str(&body);
    Some(answer.into_bytes())
}

/// What an HTTP/2 client is told: the server's (empty) settings, then GOAWAY with
/// HTTP_1_1_REQUIRED, whose debug data is the error shape. Clients that know the code retry
/// over HTTP/1.1.
fn http2_refusal() -> Vec<u8> {
    const SETTINGS: u8 = 0x4;
    const GOAWAY: u8 = 0x7;
    const HTTP_1_1_REQUIRED: u32 = 0xd;
    let debug = error_body(
        "invalid_request_error",
        "http2_not_supported",
        "This server speaks HTTP/1.1; send the request over HTTP/1.1",
        None,
    )
    .to_string();
    let frame = |kind: u8, payload: &[u8]| {
        let len = payload.len() as u32;
        let mut f = len.to_be_bytes()[1..].to_vec();
        f.extend([kind, 0]);
        f.extend(0u32.to_be_bytes());
        f.extend(payload);
        f
    };
    let mut goaway = 0u32.to_be_bytes().to_vec();
    goaway.extend(HTTP_1_1_REQUIRED.to_be_bytes());
    goaway.extend(debug.as_bytes());
    let mut out = frame(SETTINGS, &[]);
    out.extend(frame(GOAWAY, &goaway));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hypers_own_answers_get_the_error_shape_and_the_applications_do_not() {
        let own = b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\ndate: Mon, 07 Dec 2026 01:00:00 GMT\r\n\r\n";
        let answer = String::from_utf8(replacement(own).unwrap()).unwrap();
        assert!(answer.starts_with("HTTP/1.1 431 Request Header Fields Too Large\r\n"));
        assert!(answer.contains("date: Mon, 07 Dec 2026 01:00:00 GMT\r\n"));
        let (_, body) = answer.split_once("\r\n\r\n").unwrap();
        let body: serde_json::Value = serde_json::from_str(body).unwrap();
        assert_eq!(body["error"]["code"], "header_too_large");

        let app = b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: 0\r\n\r\n";
        assert!(replacement(app).is_none());
        assert!(replacement(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n").is_none());
        assert!(replacement(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\nx").is_none());
    }

    #[test]
    fn the_http2_refusal_is_a_settings_frame_then_goaway_http_1_1_required() {
        let bytes = http2_refusal();
        assert_eq!(&bytes[..9], &[0, 0, 0, 4, 0, 0, 0, 0, 0]);
        let goaway = &bytes[9..];
        let len = u32::from_be_bytes([0, goaway[0], goaway[1], goaway[2]]) as usize;
        assert_eq!(goaway[3], 7);
        assert_eq!(goaway.len(), 9 + len);
        assert_eq!(&goaway[13..17], &[0, 0, 0, 0xd]);
        let debug: serde_json::Value = serde_json::from_slice(&goaway[17..]).unwrap();
        assert_eq!(debug["error"]["code"], "http2_not_supported");
    }
}
