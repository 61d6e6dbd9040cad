//! Formats for CI and code review: a Markdown table (pull-request comments), SARIF 2.1.0
//! (code-scanning upload), GitHub workflow annotations, and JUnit XML for `check`.

use super::output::sentence_text;
use crate::check::StoryResult;
use crate::compare::{claim, Finding, FindingKind, Severity};
use crate::Extracted;
use serde_json::json;
use std::io::{self, Write};

fn level(s: Severity) -> &'static str {
    match s {
        Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low => "note",
    }
}

/// Where a finding points: the later claim (the earlier one for a retraction).
fn location(inputs: &[Extracted], f: &Finding) -> (String, usize) {
    let r = f.later.unwrap_or(f.earlier);
    let a = &inputs[r.article].analysis.article;
    (a.path().to_string(), a.line_of(&claim(inputs, r).span))
}

fn md_cell(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

/// Findings as a Markdown table.
pub fn markdown(out: &mut dyn Write, inputs: &[Extracted], findings: &[Finding]) -> io::Result<()> {
    writeln!(
        out,
        "| kind | severity | actor | earlier | later | reason |"
    )?;
    writeln!(out, "|---|---|---|---|---|---|")?;
    for f in findings {
        let side = |r: crate::compare::ClaimRef| {
            let x = &inputs[r.article];
            format!(
                "**{}**: {}",
                x.analysis.article.id,
                sentence_text(x, claim(inputs, r))
            )
        };
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            f.kind.as_str(),
            f.severity.as_str(),
            md_cell(&f.actor),
            md_cell(&side(f.earlier)),
            md_cell(&f.later.map(side).unwrap_or_else(|| "(gone)".into())),
            md_cell(&f.reason)
        )?;
    }
    writeln!(out, "\n{}", super::summary(inputs, findings))
}

/// Findings as SARIF 2.1.0: a rule per kind, a result per finding at the later sentence,
/// fingerprints from a hash of the two claims' words (not line numbers).
pub fn sarif(out: &mut dyn Write, inputs: &[Extracted], findings: &[Finding]) -> io::Result<()> {
    let rules: Vec<_> = FindingKind::ALL
        .iter()
        .map(|k| (k, k.description()))
        .map(|(k, d)| json!({ "id": k.as_str(), "name": k.as_str(), "shortDescription": { "text": d }, "fullDescription": { "text": d }, "helpUri": "https://github.com/claimdiff/claimdiff#finding-kinds" }))
        .collect();
    let results: Vec<_> = findings
        .iter()
        .map(|f| {
            let (path, line) = location(inputs, f);
            let key = crate::baseline::entry(inputs, f);
            json!({
                "ruleId": f.kind.as_str(),
                "level": level(f.severity),
                "message": { "text": f.reason },
                "locations": [{ "physicalLocation": { "artifactLocation": artifact(&path), "region": { "startLine": line } } }],
                "partialFingerprints": { "claimdiff/v1": key.fingerprint },
                "properties": { "severity": f.severity.as_str(), "confidence": (f.confidence * 100.0).round() / 100.0, "actor": f.actor }
            })
        })
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{ "tool": { "driver": { "name": "claimdiff", "version": env!("CARGO_PKG_VERSION"), "informationUri": "https://github.com/claimdiff/claimdiff", "rules": rules } }, "results": results }]
    });
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(super::json_error)?;
    writeln!(out)
}

/// A SARIF artifact location: a relative path as a URI reference against `%SRCROOT%`, an
/// absolute one as a `file://` URI, stdin under a name of its own. Characters that are not
/// plain in a URI are percent-encoded.
fn artifact(path: &str) -> serde_json::Value {
    let encode = |p: &str| {
        let mut out = String::with_capacity(p.len());
        for b in p.bytes() {
            if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
                out.push(b as char);
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        }
        out
    };
    if path == "-" {
        return json!({ "uri": "stdin" });
    }
    let p = path.replace('\\', "/");
    let p = p.trim_start_matches("./");
    if p.starts_with('/') {
        json!({ "uri": format!("file://{}", encode(p)) })
    } else {
        json!({ "uri": encode(p), "uriBaseId": "%SRCROOT%" })
    }
}

/// GitHub's escaping of a workflow command's message.
fn gh_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// GitHub's escaping of a workflow command's property.
fn gh_property(s: &str) -> String {
    gh_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Findings as GitHub workflow annotations (`::error file=…,line=…,title=…::…`).
pub fn github(out: &mut dyn Write, inputs: &[Extracted], findings: &[Finding]) -> io::Result<()> {
    for f in findings {
        let (path, line) = location(inputs, f);
        let level = match f.severity {
            Severity::High => "error",
            Severity::Medium => "warning",
            Severity::Low => "notice",
        };
        writeln!(
            out,
            "::{level} file={},line={line},title={}::{}",
            gh_property(&path),
            gh_property(&format!("{} [{}]", f.kind.as_str(), f.actor)),
            gh_data(&f.reason)
        )?;
    }
    Ok(())
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// `check` results as JUnit XML: a test case per fixture story.
pub fn junit(out: &mut dyn Write, results: &[StoryResult]) -> io::Result<()> {
    let errors = results.iter().filter(|r| r.error.is_some()).count();
    let failures = results.iter().filter(|r| !r.ok).count() - errors;
    writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(
        out,
        "<testsuites name=\"claimdiff\" tests=\"{}\" failures=\"{failures}\" errors=\"{errors}\">",
        results.len()
    )?;
    writeln!(
        out,
        "  <testsuite name=\"claimdiff check\" tests=\"{}\" failures=\"{failures}\" errors=\"{errors}\">",
        results.len()
    )?;
    for r in results {
        write!(
            out,
            "    <testcase classname=\"claimdiff.check\" name=\"{}\"",
            xml(&r.story)
        )?;
        if r.ok {
            writeln!(out, "/>")?;
            continue;
        }
        if let Some(e) = &r.error {
            writeln!(out, ">")?;
            writeln!(out, "      <error message=\"{}\"/>", xml(e))?;
            writeln!(out, "    </testcase>")?;
            continue;
        }
        let mut details = Vec::new();
        details.extend(r.missing.iter().map(|m| {
            format!(
                "missing {} {:?} -> {:?}",
                m.kind,
                m.earlier.as_deref().unwrap_or(""),
                m.later.as_deref().unwrap_or("")
            )
        }));
        details.extend(
            r.unexpected
                .iter()
                .map(|f| format!("unexpected {}: {}", f.kind, f.reason)),
        );
        details.extend(
            r.absent_reported
                .iter()
                .map(|f| format!("absent but reported {}: {}", f.kind, f.reason)),
        );
        writeln!(out, ">")?;
        writeln!(
            out,
            "      <failure message=\"{} missing, {} unexpected, {} absent reported\">{}</failure>",
            r.missing.len(),
            r.unexpected.len(),
            r.absent_reported.len(),
            xml(&details.join("\n"))
        )?;
        writeln!(out, "    </testcase>")?;
    }
    writeln!(out, "  </testsuite>")?;
    writeln!(out, "</testsuites>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sarif_locations_are_uris() {
        assert_eq!(
            artifact("copy/my story #1 100%.txt"),
            json!({ "uri": "copy/my%20story%20%231%20100%25.txt", "uriBaseId": "%SRCROOT%" })
        );
        assert_eq!(artifact("./a.txt")["uri"], "a.txt");
        assert_eq!(
            artifact("/tmp/x y.txt"),
            json!({ "uri": "file:///tmp/x%20y.txt" })
        );
        assert_eq!(artifact("-"), json!({ "uri": "stdin" }));
    }

    #[test]
    fn github_escaping() {
        assert_eq!(gh_data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(gh_property("a:b,c"), "a%3Ab%2Cc");
    }

    #[test]
    fn markdown_cells_escape_pipes() {
        assert_eq!(md_cell("a | b\nc"), "a \\| b c");
    }
}
