//! Calendar dates as the user writes them: a TOML date (`2023-02-23`), a TOML
//! date-time, or a string in the same form (YAML). Serialized as `YYYY-MM-DD`, which
//! is what Zola templates see for `page.date`.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// A calendar date (time of day, when given, is kept only as text for display).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

impl Date {
    /// Parse `YYYY-MM-DD`, optionally followed by a time (`T…` or ` …`).
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        let day = s.get(..10).unwrap_or(s);
        let rest = s.get(10..).unwrap_or("");
        if !(rest.is_empty() || rest.starts_with('T') || rest.starts_with(' ')) {
            return None;
        }
        NaiveDate::parse_from_str(day, "%Y-%m-%d").ok().map(Date)
    }

    /// Danish long form, e.g. "20. februar 2023".
    pub fn danish(&self) -> String {
        let d = self.0;
        format!("{}. {} {}", d.day(), MONTHS[d.month0() as usize], d.year())
    }

    /// The month and year in Danish, e.g. "marts 2023".
    pub fn danish_month(&self) -> String {
        format!("{} {}", MONTHS[self.0.month0() as usize], self.0.year())
    }
}

const MONTHS: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        d.deserialize_any(DateVisitor(Date::parse))
    }
}

/// Reads a date from a string or a TOML date literal with `parse`; anything
/// else, or text `parse` refuses, is an error that says how to write a date.
struct DateVisitor<T>(fn(&str) -> Option<T>);

impl<'de, T> Visitor<'de> for DateVisitor<T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a date written as YYYY-MM-DD, for example 2023-02-20")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        (self.0)(v).ok_or_else(|| {
            E::custom(format!(
                "`{v}` is not a date: write it as YYYY-MM-DD, for example 2023-02-20"
            ))
        })
    }
    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        // A TOML date literal arrives as toml's private datetime map.
        let dt = toml::value::Datetime::deserialize(de::value::MapAccessDeserializer::new(map))?;
        self.visit_str(&dt.to_string())
    }
}

/// A page's `date` or `updated` as Zola keeps it: the text as written (what
/// templates see), its calendar day, and the instant it names (seconds, UTC:
/// Zola sorts by it; a bare date or a time without offset counts as UTC).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    pub text: String,
    pub day: Date,
    pub instant: i64,
}

impl Stamp {
    pub fn parse(s: &str) -> Option<Stamp> {
        let text = s.trim().to_string();
        let day = Date::parse(&text)?;
        let instant = chrono::DateTime::parse_from_rfc3339(&text)
            .map(|t| t.timestamp())
            .or_else(|_| {
                let t = text.replacen(' ', "T", 1);
                chrono::NaiveDateTime::parse_from_str(
                    t.trim_end_matches('Z'),
                    "%Y-%m-%dT%H:%M:%S%.f",
                )
                .map(|t| t.and_utc().timestamp())
            })
            .unwrap_or_else(|_| day.0.and_time(chrono::NaiveTime::MIN).and_utc().timestamp());
        Some(Stamp { text, day, instant })
    }

    /// The stamp of a day (a date taken from a file name).
    pub fn of_day(day: Date) -> Stamp {
        Stamp {
            text: day.to_string(),
            day,
            instant: day.0.and_time(chrono::NaiveTime::MIN).and_utc().timestamp(),
        }
    }
}

impl Ord for Stamp {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.instant, &self.text).cmp(&(other.instant, &other.text))
    }
}

impl PartialOrd for Stamp {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Stamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Serialize for Stamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Stamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Stamp, D::Error> {
        d.deserialize_any(DateVisitor(Stamp::parse))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct T {
        d: Date,
    }

    #[test]
    fn toml_date_literal_string_and_datetime() {
        let a: T = toml::from_str("d = 2023-02-20").unwrap();
        let b: T = toml::from_str("d = \"2023-02-20\"").unwrap();
        let c: T = toml::from_str("d = 2023-02-20T10:00:00Z").unwrap();
        assert_eq!(a.d, b.d);
        assert_eq!(a.d, c.d);
        assert_eq!(a.d.danish(), "20. februar 2023");
    }

    #[test]
    fn a_stamp_keeps_its_text_and_sorts_by_the_instant_as_zola() {
        #[derive(Deserialize)]
        struct P {
            d: Stamp,
        }
        let p = |s: &str| toml::from_str::<P>(s).unwrap().d;
        let late = p("d = 2025-12-28T23:40:32-05:00");
        let early = p("d = 2025-12-28T15:39:35Z");
        assert_eq!(late.text, "2025-12-28T23:40:32-05:00");
        assert_eq!(late.day, Date::parse("2025-12-28").unwrap());
        assert!(late > early, "the offset counts");
        assert_eq!(p("d = \"2023-02-20\"").text, "2023-02-20");
        assert!(p("d = 2023-02-20T10:00:00") > p("d = 2023-02-20"));
        assert!(toml::from_str::<P>("d = \"soon\"").is_err());
    }

    #[test]
    fn bad_date_is_an_error_not_a_panic() {
        let e = toml::from_str::<T>("d = \"20/2 2023\"").err().unwrap();
        assert!(e.to_string().contains("YYYY-MM-DD"), "{e}");
        assert!(Date::parse("2023-02-30").is_none());
    }
}
