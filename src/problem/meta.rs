//! A problem page's metadata: the `[vilde]` table of its front matter (who owns
//! the problem), read with located errors, and the fields publishing needs.

use serde::{Deserialize, Serialize};

/// The `[vilde]` table of a problem page: who owns the problem.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ProblemFront {
    /// Responsible department: MSB, MTM, MBU, MSO, MKB or BA.
    pub magistratsafdeling: Option<String>,
    /// Case number, e.g. `EMN-2022-510197`.
    pub sagsnummer: Option<String>,
    /// Short summary for the front page card.
    pub resume: Option<String>,
    pub projektledere: Vec<Leader>,
}

/// A project leader.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Leader {
    pub navn: String,
    pub enhed: Option<String>,
    pub email: Option<String>,
    pub telefon: Option<String>,
}

/// The departments (magistratsafdelinger) and their full Danish names.
pub const DEPARTMENTS: &[(&str, &str)] = &[
    ("MSB", "Sociale Forhold og Beskæftigelse"),
    ("MTM", "Teknik og Miljø"),
    ("MBU", "Børn og Unge"),
    ("MSO", "Sundhed og Omsorg"),
    ("MKB", "Kultur og Borgerservice"),
    ("BA", "Borgmesterens Afdeling"),
];

/// Fields a published problem must have, in Danish as staff know them.
pub fn missing_problem_fields(p: &ProblemFront, description: Option<&str>) -> Vec<&'static str> {
    let mut missing = Vec::new();
    let blank = |o: &Option<String>| o.as_deref().is_none_or(|s| s.trim().is_empty());
    if blank(&p.magistratsafdeling) {
        missing.push("magistratsafdeling");
    }
    if blank(&p.sagsnummer) {
        missing.push("sagsnummer");
    }
    if blank(&p.resume) {
        missing.push("resume");
    }
    if description.is_none_or(|d| d.trim().is_empty()) {
        missing.push("description");
    }
    if p.projektledere.len() < 2 {
        missing.push("to projektledere");
    }
    for l in &p.projektledere {
        if l.navn.trim().is_empty() {
            missing.push("projektleder: navn");
        }
        if blank(&l.enhed) {
            missing.push("projektleder: enhed");
        }
        if blank(&l.email) {
            missing.push("projektleder: email");
        }
    }
    missing.dedup();
    missing
}
