use super::*;
use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

/// Message id (with `.attribute`) → the variables it uses.
fn entries(src: &str) -> BTreeMap<String, BTreeSet<String>> {
    let res = fluent_syntax::parser::parse(src)
        .unwrap_or_else(|(_, e)| panic!("catalog does not parse: {e:?}"));
    let mut out = BTreeMap::new();
    for entry in res.body {
        if let ast::Entry::Message(m) = entry {
            let id = m.id.name.to_string();
            if let Some(v) = &m.value {
                out.insert(id.clone(), vars(v));
            }
            for a in &m.attributes {
                out.insert(format!("{id}.{}", a.id.name), vars(&a.value));
            }
        }
    }
    out
}

fn vars(p: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expr_vars(expression, &mut out);
        }
    }
    out
}

fn expr_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                out.extend(vars(&v.value));
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expr_vars(expression, out),
        _ => {}
    }
}

#[test]
fn both_catalogs_have_the_same_messages_with_the_same_variables() {
    let da = entries(DA);
    let en = entries(EN);
    let only_da: Vec<&String> = da.keys().filter(|k| !en.contains_key(*k)).collect();
    let only_en: Vec<&String> = en.keys().filter(|k| !da.contains_key(*k)).collect();
    assert!(only_da.is_empty(), "only in da.ftl: {only_da:?}");
    assert!(only_en.is_empty(), "only in en.ftl: {only_en:?}");
    for (k, v) in &da {
        assert_eq!(v, &en[k], "{k}: the two languages use different variables");
    }
    assert!(da.len() > 100, "{} messages", da.len());
}

/// Every key the code asks for is in the catalogs.
#[test]
fn every_key_in_the_code_is_in_the_catalogs() {
    let da = entries(DA);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut missing = Vec::new();
    for e in walkdir::WalkDir::new(&root)
        .into_iter()
        .filter_map(Result::ok)
    {
        if e.path().extension().is_none_or(|x| x != "rs") || e.path().ends_with("i18n/mod.rs") {
            continue;
        }
        let src = std::fs::read_to_string(e.path()).unwrap();
        for (i, _) in src.match_indices("t!(\"") {
            // `t!(` itself, not `format!(` or `eprint!(`.
            if src[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
            {
                continue;
            }
            let rest = &src[i + 4..];
            let key = &rest[..rest.find('"').unwrap_or(0)];
            if !da.contains_key(key) {
                missing.push(format!("{}: {key}", e.path().display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "keys not in the catalogs:\n{}",
        missing.join("\n")
    );
}

#[test]
fn languages_from_codes_and_plural_forms() {
    assert_eq!(Lang::parse("da_DK.UTF-8"), Some(Lang::Da));
    assert_eq!(Lang::parse("en-GB"), Some(Lang::En));
    assert_eq!(Lang::parse("C.UTF-8"), None);
    assert_eq!(
        text_in(
            Lang::Da,
            "summary-errors",
            &[("errors", arg(1)), ("warnings", arg(2))]
        ),
        "1 fejl, 2 advarsler"
    );
    assert_eq!(
        text_in(
            Lang::En,
            "summary-errors",
            &[("errors", arg(1)), ("warnings", arg(1))]
        ),
        "1 error, 1 warning"
    );
    assert_eq!(text_in(Lang::Da, "no-such-key", &[]), "no-such-key");
}
