//! Zola's shortcodes in page text: inline `{{ name(key=value, …) }}` and with a
//! body `{% name(…) %}…{% end %}`, nested, and the escapes `{{/* … */}}` and
//! `{%/* … */%}` that show a call as text. Values are strings (`"…"`, `'…'`,
//! `` `…` ``), integers, decimals, `true`/`false` and lists of them.
//!
//! [`parse`] replaces each outermost call with a placeholder and returns the
//! calls; what does not parse as a call stays text, as in Zola. A call to a
//! known shortcode whose arguments cannot be read stays text too (Zola shows it
//! as written), with a warning at its place; a body without `{% end %}` is an
//! error.

use serde_json::{Map, Number, Value};

/// The placeholder of call `n`: private-use characters that Markdown leaves as
/// text and no writer types.
pub fn placeholder(n: usize) -> String {
    format!("\u{F8F0}{n}\u{F8F1}")
}

/// One shortcode call.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    pub name: String,
    pub args: Map<String, Value>,
    /// The body (trimmed) with inner calls as placeholders, for `{% %}` calls.
    pub body: Option<String>,
    /// Calls inside the body, numbered from 0 in that body.
    pub inner: Vec<Call>,
    /// 1 for the first call of this name in the page, 2 for the second, ….
    pub nth: usize,
    /// Byte offset of the call in the parsed text.
    pub offset: usize,
}

/// What cannot be read, and where (byte offset in the parsed text).
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    pub offset: usize,
    pub message: String,
}

/// The text with placeholders, and the calls in order.
#[derive(Debug, Default, PartialEq)]
pub struct Parsed {
    pub text: String,
    pub calls: Vec<Call>,
    /// Calls of known shortcodes that could not be read (left as text).
    pub unreadable: Vec<ParseError>,
}

/// Parse `src`; `known` says whether a shortcode of that name exists.
pub fn parse(src: &str, known: &dyn Fn(&str) -> bool) -> Result<Parsed, ParseError> {
    let mut counter = std::collections::HashMap::new();
    let mut unreadable = Vec::new();
    let mut p = Parser {
        src,
        pos: 0,
        known,
        counter: &mut counter,
        base: 0,
        unreadable: &mut unreadable,
    };
    let (mut parsed, _) = p.content(false)?;
    parsed.unreadable = unreadable;
    Ok(parsed)
}

struct Parser<'a, 'k> {
    src: &'a str,
    pos: usize,
    known: &'k dyn Fn(&str) -> bool,
    counter: &'k mut std::collections::HashMap<String, usize>,
    /// Offset of `src` in the whole text (for nested bodies).
    base: usize,
    unreadable: &'k mut Vec<ParseError>,
}

/// A call's head: name and arguments, and where it ends.
struct Head {
    name: String,
    args: Map<String, Value>,
    end: usize,
}

impl Parser<'_, '_> {
    /// Text and calls up to the end, or (in a body) up to its `{% end %}`.
    /// Returns whether an end was found.
    fn content(&mut self, in_body: bool) -> Result<(Parsed, bool), ParseError> {
        let mut out = Parsed::default();
        while self.pos < self.src.len() {
            let rest = &self.src[self.pos..];
            let Some(next) = rest.find(['{']) else {
                out.text.push_str(rest);
                self.pos = self.src.len();
                break;
            };
            out.text.push_str(&rest[..next]);
            self.pos += next;
            let rest = &self.src[self.pos..];
            if let Some(end) = escaped(rest, "{{/*", "*/}}") {
                out.text.push_str("{{");
                out.text.push_str(&rest[4..end - 4]);
                out.text.push_str("}}");
                self.pos += end;
            } else if let Some(end) = escaped(rest, "{%/*", "*/%}") {
                out.text.push_str("{%");
                out.text.push_str(&rest[4..end - 4]);
                out.text.push_str("%}");
                self.pos += end;
            } else if let Some(end) = end_tag(rest) {
                if in_body {
                    self.pos += end;
                    return Ok((out, true));
                }
                out.text.push_str(&rest[..end]);
                self.pos += end;
            } else if rest.starts_with("{{") || rest.starts_with("{%") {
                let body = rest.starts_with("{%");
                match self.head(body) {
                    Ok(Some(head)) => self.call(head, body, &mut out)?,
                    Ok(None) => {
                        out.text.push_str(&rest[..2]);
                        self.pos += 2;
                    }
                    Err(e) => {
                        self.unreadable.push(e);
                        out.text.push_str(&rest[..2]);
                        self.pos += 2;
                    }
                }
            } else {
                out.text.push('{');
                self.pos += 1;
            }
        }
        Ok((out, false))
    }

    fn call(&mut self, head: Head, body: bool, out: &mut Parsed) -> Result<(), ParseError> {
        let offset = self.base + self.pos;
        let nth = {
            let n = self.counter.entry(head.name.clone()).or_insert(0);
            *n += 1;
            *n
        };
        self.pos = head.end;
        let (body, inner) = if body {
            let start = self.pos;
            let mut sub = Parser {
                src: self.src,
                pos: self.pos,
                known: self.known,
                counter: self.counter,
                base: self.base,
                unreadable: self.unreadable,
            };
            let (parsed, ended) = sub.content(true)?;
            if !ended {
                return Err(ParseError {
                    offset,
                    message: crate::t!("sc-no-end", name = head.name.as_str()),
                });
            }
            self.pos = sub.pos;
            let _ = start;
            // Zola trims the body and renumbers placeholders inside it.
            (Some(parsed.text.trim().to_string()), parsed.calls)
        } else {
            (None, Vec::new())
        };
        out.text.push_str(&placeholder(out.calls.len()));
        out.calls.push(Call {
            name: head.name,
            args: head.args,
            body,
            inner,
            nth,
            offset,
        });
        Ok(())
    }

    /// `{{ name(args) }}` or `{% name(args) %}` at the current position. `None`
    /// when it is not a call (text); an error for a known shortcode whose
    /// arguments cannot be read.
    fn head(&self, body: bool) -> Result<Option<Head>, ParseError> {
        let close = if body { "%}" } else { "}}" };
        let mut c = Cursor {
            s: self.src,
            i: self.pos + 2,
        };
        c.ws();
        let Some(name) = c.ident() else {
            return Ok(None);
        };
        c.ws();
        if !c.eat("(") {
            return Ok(None);
        }
        let bad = |c: &Cursor, what: String| -> Result<Option<Head>, ParseError> {
            if (self.known)(&name) {
                Err(ParseError {
                    offset: self.base + c.i,
                    message: crate::t!("sc-bad-args", name = name.as_str(), what = what),
                })
            } else {
                Ok(None)
            }
        };
        let args = match c.args() {
            Ok(args) => args,
            Err(what) => return bad(&c, what),
        };
        c.ws();
        if !c.eat(close) {
            return bad(&c, crate::t!("sc-expected-close", close = close));
        }
        Ok(Some(Head {
            name,
            args,
            end: c.i,
        }))
    }
}

/// Length of `{{/* … */}}` (or `{%/* … */%}`) at the start of `s`, when the
/// part inside is a call.
fn escaped(s: &str, open: &str, close: &str) -> Option<usize> {
    if !s.starts_with(open) {
        return None;
    }
    let end = s.find(close)? + close.len();
    let inner = s[open.len()..end - close.len()].trim();
    let is_end = open.starts_with("{%") && inner == "end";
    let mut c = Cursor { s: inner, i: 0 };
    // Only a whole call is an escape (Zola's grammar): `{{/* f(x=y) */}}`, with a
    // variable for a value, stays as it is written.
    (is_end
        || (c.ident().is_some() && {
            c.ws();
            c.eat("(") && c.args().is_ok() && c.rest().trim().is_empty()
        }))
    .then_some(end)
}

/// Length of `{% end %}` at the start of `s`.
fn end_tag(s: &str) -> Option<usize> {
    let mut c = Cursor { s, i: 0 };
    if !c.eat("{%") {
        return None;
    }
    c.ws();
    if !c.eat("end") {
        return None;
    }
    c.ws();
    c.eat("%}").then_some(c.i)
}

struct Cursor<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Cursor<'a> {
    /// A call's arguments after its `(`, up to and with its `)`; what was
    /// expected where they cannot be read (the cursor stays there).
    fn args(&mut self) -> Result<Map<String, Value>, String> {
        let mut args = Map::new();
        self.ws();
        while !self.eat(")") {
            let Some(key) = self.ident() else {
                return Err(crate::t!("sc-expected-name"));
            };
            self.ws();
            if !self.eat("=") {
                return Err(crate::t!("sc-expected-equals", key = key.as_str()));
            }
            self.ws();
            let Some(value) = self.literal() else {
                return Err(crate::t!("sc-expected-value", key = key.as_str()));
            };
            args.insert(key, value);
            self.ws();
            // Zola's grammar reads `a=1 b=2` as well as `a=1, b=2`.
            if !self.eat(",")
                && !self.peek(")")
                && !self
                    .rest()
                    .starts_with(|ch: char| ch.is_ascii_alphabetic() || ch == '_')
            {
                return Err(crate::t!("sc-expected-comma"));
            }
            self.ws();
        }
        Ok(args)
    }

    fn rest(&self) -> &'a str {
        &self.s[self.i..]
    }

    fn ws(&mut self) {
        let r = self.rest();
        self.i += r.len() - r.trim_start_matches([' ', '\t', '\r', '\n']).len();
    }

    fn peek(&self, t: &str) -> bool {
        self.rest().starts_with(t)
    }

    fn eat(&mut self, t: &str) -> bool {
        let ok = self.peek(t);
        if ok {
            self.i += t.len();
        }
        ok
    }

    fn ident(&mut self) -> Option<String> {
        let r = self.rest();
        let first = r.chars().next()?;
        if !(first.is_ascii_alphabetic() || first == '_') {
            return None;
        }
        let len = r
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(r.len());
        self.i += len;
        Some(r[..len].to_string())
    }

    fn literal(&mut self) -> Option<Value> {
        let r = self.rest();
        let q = r.chars().next()?;
        if matches!(q, '"' | '\'' | '`') {
            let end = r[1..].find(q)? + 1;
            self.i += end + 1;
            return Some(Value::String(r[1..end].to_string()));
        }
        if let Some(rest) = r.strip_prefix("true").or(r.strip_prefix("false")) {
            let word = &r[..r.len() - rest.len()];
            self.i += word.len();
            return Some(Value::Bool(word == "true"));
        }
        if q == '[' {
            self.i += 1;
            let mut items = Vec::new();
            loop {
                self.ws();
                if self.eat("]") {
                    return Some(Value::Array(items));
                }
                items.push(self.literal()?);
                self.ws();
                if !self.eat(",") && !self.peek("]") {
                    return None;
                }
            }
        }
        let len = r
            .find(|c: char| !(c.is_ascii_digit() || c == '-' || c == '.'))
            .unwrap_or(r.len());
        let num = &r[..len];
        let value = if num.contains('.') {
            Number::from_f64(num.parse::<f64>().ok()?).map(Value::Number)?
        } else {
            Value::Number(num.parse::<i64>().ok()?.into())
        };
        self.i += len;
        Some(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(n: &str) -> bool {
        n != "unknown"
    }

    fn p(src: &str) -> Parsed {
        parse(src, &known).unwrap()
    }

    #[test]
    fn inline_call_with_every_kind_of_value() {
        let r = p("a {{ yt(id=\"x\", n=3, f=-1.5, b=true, l=[1, 'two', `t`,]) }} b");
        assert_eq!(r.text, format!("a {} b", placeholder(0)));
        let c = &r.calls[0];
        assert_eq!(c.name, "yt");
        assert_eq!((c.nth, c.offset), (1, 2));
        assert_eq!(
            Value::Object(c.args.clone()),
            serde_json::json!({"id": "x", "n": 3, "f": -1.5, "b": true, "l": [1, "two", "t"]})
        );
    }

    #[test]
    fn commas_between_arguments_may_be_left_out_as_in_zola() {
        let r = p("{{ img(a=\"x\" b='y') }}");
        assert_eq!(
            Value::Object(r.calls[0].args.clone()),
            serde_json::json!({"a": "x", "b": "y"})
        );
    }

    #[test]
    fn body_calls_nest_and_count_per_name() {
        let r = p("{% note(kind='tip') %}\n  Hello {{ yt() }} and {% note() %}inner{% end %}\n{% end %} {{ yt() }}");
        assert_eq!(r.calls.len(), 2);
        let outer = &r.calls[0];
        assert_eq!(
            outer.body.as_deref(),
            Some(format!("Hello {} and {}", placeholder(0), placeholder(1)).as_str())
        );
        assert_eq!(outer.inner.len(), 2);
        assert_eq!(outer.inner[1].body.as_deref(), Some("inner"));
        assert_eq!(
            (
                outer.nth,
                outer.inner[0].nth,
                outer.inner[1].nth,
                r.calls[1].nth
            ),
            (1, 1, 2, 2)
        );
    }

    #[test]
    fn escapes_show_the_call_as_text() {
        let r = p("{{/* yt(id=\"x\") */}} and {%/* note() */%}b{%/* end */%}");
        assert!(r.calls.is_empty());
        assert_eq!(r.text, "{{ yt(id=\"x\") }} and {% note() %}b{% end %}");
    }

    #[test]
    fn what_is_not_a_call_stays_text() {
        for t in [
            "{{ page.title }}",
            "{% if x %}",
            "a { b }",
            "{{ unknown(x) }}",
            "{",
            "{{",
        ] {
            assert_eq!(p(t).text, t, "{t}");
        }
    }

    #[test]
    fn a_known_shortcode_with_bad_arguments_stays_text_with_its_place() {
        let r = parse("ab {{ yt(id=abc) }}", &known).unwrap();
        assert_eq!(r.text, "ab {{ yt(id=abc) }}");
        assert_eq!(r.unreadable[0].offset, 12);
        let e = parse("{% note() %} no end", &known).unwrap_err();
        assert_eq!(e.offset, 0);
    }
}
