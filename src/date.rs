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
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date written as YYYY-MM-DD, for example 2023-02-20")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Date, E> {
                Date::parse(v).ok_or_else(|| {
                    E::custom(format!(
                        "`{v}` is not a date: write it as YYYY-MM-DD, for example 2023-02-20"
                    ))
                })
            }
            fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Date, A::Error> {
                // A TOML date literal arrives as toml's private datetime map.
                let dt =
                    toml::value::Datetime::deserialize(de::value::MapAccessDeserializer::new(map))?;
                self.visit_str(&dt.to_string())
            }
        }
        d.deserialize_any(V)
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
    fn bad_date_is_an_error_not_a_panic() {
        let e = toml::from_str::<T>("d = \"20/2 2023\"").err().unwrap();
        assert!(e.to_string().contains("YYYY-MM-DD"), "{e}");
        assert!(Date::parse("2023-02-30").is_none());
    }
}
