//! Timestamps kept to the microsecond and rendered one way everywhere, so the same instant
//! always produces the same bytes (and therefore the same hash) on every backend.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::format_description::well_known::Rfc3339;
use time::{Date, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};

/// Microseconds since the Unix epoch, UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(i64);

const MICROS_PER_DAY: i64 = 86_400_000_000;

impl Timestamp {
    pub const fn from_micros(micros: i64) -> Self {
        Self(micros)
    }

    pub const fn micros(self) -> i64 {
        self.0
    }

    pub fn now() -> Self {
        Self::from_datetime(OffsetDateTime::now_utc())
    }

    fn from_datetime(dt: OffsetDateTime) -> Self {
        // Truncate (not round) extra digits, as docs/api.md §6½ requires.
        let nanos = dt.unix_timestamp_nanos();
        Self(nanos.div_euclid(1000) as i64)
    }

    /// Parses an RFC 3339 date-time with any offset; years before 1 or after 9999 are refused.
    pub fn parse_rfc3339(s: &str) -> Option<Self> {
        let dt = OffsetDateTime::parse(s, &Rfc3339).ok()?;
        let utc = dt.to_offset(UtcOffset::UTC);
        if !(1..=9999).contains(&utc.year()) {
            return None;
        }
        Some(Self::from_datetime(utc))
    }

    /// Parses `YYYY-MM-DD` into the first microsecond of that UTC day.
    pub fn parse_date(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        let year = num(0..4)? as i32;
        let month = time::Month::try_from(num(5..7)? as u8).ok()?;
        let day = num(8..10)? as u8;
        if year < 1 {
            return None;
        }
        let date = Date::from_calendar_date(year, month, day).ok()?;
        Some(Self::from_datetime(
            PrimitiveDateTime::new(date, Time::MIDNIGHT).assume_utc(),
        ))
    }

    /// A range's bound as a filter gives it: a day (`YYYY-MM-DD`: its first microsecond, or its
    /// last when `upper`), or an RFC 3339 instant.
    pub fn parse_bound(s: &str, upper: bool) -> Option<Self> {
        match Self::parse_date(s) {
            Some(day) if upper => Some(day.end_of_day()),
            Some(day) => Some(day),
            None => Self::parse_rfc3339(s),
        }
    }

    /// The last microsecond of the UTC day that starts at `self`.
    pub fn end_of_day(self) -> Self {
        Self(self.0 + MICROS_PER_DAY - 1)
    }

    pub fn plus_seconds(self, secs: i64) -> Self {
        Self(self.0 + secs * 1_000_000)
    }

    fn datetime(self) -> OffsetDateTime {
        OffsetDateTime::from_unix_timestamp_nanos(self.0 as i128 * 1000)
            .unwrap_or(OffsetDateTime::UNIX_EPOCH)
    }
}

impl fmt::Display for Timestamp {
    /// `2025-01-20T10:30:00Z`, with a fraction only when non-zero and no trailing zeros. Written
    /// digit by digit: every entry stored or answered renders two of these.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let dt = self.datetime();
        let Ok(year) = u32::try_from(dt.year()) else {
            return f.write_str(&reference(dt));
        };
        let mut out = *b"0000-00-00T00:00:00.000000Z";
        let mut put = |at: usize, width: usize, mut n: u32| {
            for i in (at..at + width).rev() {
                out[i] = b'0' + (n % 10) as u8;
                n /= 10;
            }
        };
        put(0, 4, year);
        put(5, 2, u32::from(u8::from(dt.month())));
        put(8, 2, u32::from(dt.day()));
        put(11, 2, u32::from(dt.hour()));
        put(14, 2, u32::from(dt.minute()));
        put(17, 2, u32::from(dt.second()));
        let mut micros = dt.microsecond();
        let mut end = 19;
        if micros != 0 {
            put(20, 6, micros);
            end = 26;
            while micros.is_multiple_of(10) {
                micros /= 10;
                end -= 1;
            }
        }
        out[end] = b'Z';
        f.write_str(std::str::from_utf8(&out[..=end]).map_err(|_| fmt::Error)?)
    }
}

/// The rendering spelled out with the formatter, for years before 0 (never stored) and as what
/// the tests hold the fast one to.
fn reference(dt: OffsetDateTime) -> String {
    let mut out = format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
        dt.year(),
        dt.month() as u8,
        dt.day(),
        dt.hour(),
        dt.minute(),
        dt.second()
    );
    let micros = dt.microsecond();
    if micros != 0 {
        let frac = format!("{micros:06}");
        out.push('.');
        out.push_str(frac.trim_end_matches('0'));
    }
    out.push('Z');
    out
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Timestamp::parse_rfc3339(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("invalid timestamp {s:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_without_fraction_when_whole_seconds() {
        let t = Timestamp::parse_rfc3339("2025-01-20T10:30:00Z").unwrap();
        assert_eq!(t.to_string(), "2025-01-20T10:30:00Z");
    }

    #[test]
    fn renders_fraction_without_trailing_zeros() {
        let t = Timestamp::parse_rfc3339("2025-01-20T10:30:00.250Z").unwrap();
        assert_eq!(t.to_string(), "2025-01-20T10:30:00.25Z");
    }

    #[test]
    fn truncates_beyond_microseconds_and_converts_offsets_to_utc() {
        let t = Timestamp::parse_rfc3339("2025-01-20T12:30:00.123456789+02:00").unwrap();
        assert_eq!(t.to_string(), "2025-01-20T10:30:00.123456Z");
    }

    #[test]
    fn parses_a_date_and_its_end_of_day() {
        let t = Timestamp::parse_date("2025-02-28").unwrap();
        assert_eq!(t.to_string(), "2025-02-28T00:00:00Z");
        assert_eq!(t.end_of_day().to_string(), "2025-02-28T23:59:59.999999Z");
        assert!(Timestamp::parse_date("2025-02-30").is_none());
        assert!(Timestamp::parse_date("2025-2-3").is_none());
        assert!(Timestamp::parse_date("+025-02-03").is_none());
    }

    #[test]
    fn renders_every_instant_as_the_formatter_spells_it() {
        let mut micros: i64 = -62_135_596_800_000_000; // 0001-01-01
        let step = 7_919_876_543_211;
        while micros < 253_402_300_800_000_000 {
            for t in [
                micros,
                micros - micros % 1_000_000,
                micros - micros % 10,
                micros + 1,
            ] {
                let t = Timestamp::from_micros(t);
                assert_eq!(t.to_string(), reference(t.datetime()));
            }
            micros += step;
        }
    }

    #[test]
    fn rejects_garbage() {
        assert!(Timestamp::parse_rfc3339("yesterday").is_none());
        assert!(Timestamp::parse_rfc3339("2025-01-20").is_none());
        assert!(Timestamp::parse_rfc3339("2025-01-20T10:30:00").is_none());
    }
}
