//! The `claimdiff/1` JSON contract, as output structs separate from the internal types:
//! the internals may change while these field names stay (SPEC.md).

use crate::claims::Claim;
use crate::compare::{claim, Finding};
use crate::Extracted;
use serde::Serialize;

pub const SCHEMA: &str = "claimdiff/1";

#[derive(Serialize)]
pub struct Doc {
    pub schema: &'static str,
    pub articles: Vec<ArticleOut>,
    pub findings: Vec<FindingOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes: Option<Vec<ChangeOut>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claims: Option<Vec<ClaimOut>>,
}

/// A claim named in a change: its id, the sentence, the actor.
#[derive(Serialize)]
pub struct ClaimBrief {
    pub claim: String,
    pub sentence: String,
    pub actor: String,
}

#[derive(Serialize)]
pub struct ChangedOut {
    pub before: ClaimBrief,
    pub after: ClaimBrief,
    /// The later wording with `[-removed-]` and `{+added+}` marks.
    pub diff: String,
}

/// What changed from one version to the next.
#[derive(Serialize)]
pub struct ChangeOut {
    pub from: String,
    pub to: String,
    pub added: Vec<ClaimBrief>,
    pub removed: Vec<ClaimBrief>,
    pub changed: Vec<ChangedOut>,
    pub unchanged: usize,
}

pub fn claim_brief(inputs: &[Extracted], r: crate::compare::ClaimRef) -> ClaimBrief {
    let x = &inputs[r.article];
    let c = claim(inputs, r);
    ClaimBrief {
        claim: c.id.clone(),
        sentence: sentence_text(x, c).to_string(),
        actor: c.actor.name.clone(),
    }
}

pub fn change_out(inputs: &[Extracted], s: &crate::compare::versions::Step) -> ChangeOut {
    let id = |a: usize| inputs[a].analysis.article.id.clone();
    ChangeOut {
        from: id(s.from),
        to: id(s.to),
        added: s.added.iter().map(|r| claim_brief(inputs, *r)).collect(),
        removed: s.removed.iter().map(|r| claim_brief(inputs, *r)).collect(),
        changed: s
            .changed
            .iter()
            .map(|c| ChangedOut {
                before: claim_brief(inputs, c.before),
                after: claim_brief(inputs, c.after),
                diff: c.diff.clone(),
            })
            .collect(),
        unchanged: s.unchanged,
    }
}

#[derive(Serialize)]
pub struct ArticleOut {
    pub id: String,
    pub origin: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub updated: Option<String>,
    /// The time relative expressions were resolved against (publication time or --date).
    pub reference_time: Option<String>,
    pub sentences: usize,
    pub claims: usize,
}

#[derive(Serialize)]
pub struct ActorOut {
    pub name: String,
    pub kind: &'static str,
    pub affiliation: Option<String>,
}

#[derive(Serialize, Clone, Debug)]
pub struct TimeOut {
    pub text: Option<String>,
    pub date: Option<String>,
    pub value: Option<String>,
}

#[derive(Serialize)]
pub struct QuantityOut {
    pub value: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    pub unit: Option<String>,
    pub text: String,
    pub bound: &'static str,
}

#[derive(Serialize)]
pub struct PropositionOut {
    pub predicate: Option<String>,
    pub participants: Vec<String>,
    pub location: Option<String>,
    pub quantities: Vec<QuantityOut>,
    pub text: String,
}

#[derive(Serialize)]
pub struct ClaimOut {
    pub id: String,
    pub article: String,
    pub sentence_index: usize,
    pub sentence: String,
    pub span: [usize; 2],
    pub actor: ActorOut,
    pub speaker: Option<String>,
    pub speaker_span: Option<[usize; 2]>,
    pub cue: Option<String>,
    pub content_span: [usize; 2],
    pub attribution: &'static str,
    pub quote: Option<String>,
    pub stance: &'static str,
    pub modality: &'static str,
    pub proposition: PropositionOut,
    pub stated_at: TimeOut,
    pub event_time: TimeOut,
}

#[derive(Serialize, Clone, Debug)]
pub struct SideOut {
    pub article: String,
    pub claim: String,
    pub sentence: String,
    pub stance: &'static str,
    pub stated_at: TimeOut,
    pub quote: Option<String>,
}

#[derive(Serialize, Clone, Debug)]
pub struct FindingOut {
    pub id: String,
    pub kind: &'static str,
    pub severity: &'static str,
    pub confidence: f64,
    pub actor: String,
    pub earlier: SideOut,
    pub later: Option<SideOut>,
    pub reason: String,
    /// Other pairs of sentences that make the same contradiction.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<AlsoOut>,
}

/// Another pair of sentences of the same finding.
#[derive(Serialize, Clone, Debug)]
pub struct AlsoOut {
    pub earlier: String,
    pub later: Option<String>,
}

fn time_out(t: &crate::claims::TimeRef) -> TimeOut {
    TimeOut {
        text: t.text.clone(),
        date: t.date.map(|d| d.format("%Y-%m-%d").to_string()),
        value: t.value.clone(),
    }
}

/// The sentence a claim stands in.
pub fn sentence_text<'a>(x: &'a Extracted, c: &Claim) -> &'a str {
    x.analysis.article.text[c.span.clone()].trim()
}

pub fn article_out(x: &Extracted) -> ArticleOut {
    let a = &x.analysis.article;
    ArticleOut {
        id: a.id.clone(),
        origin: a.origin.clone(),
        title: a.title.clone(),
        source: a.source.clone(),
        url: a.url.clone(),
        published: a.published.map(|t| t.to_iso()),
        updated: a.updated.map(|t| t.to_iso()),
        reference_time: x.analysis.reference.map(|t| t.to_iso()),
        sentences: x.analysis.sentences.len(),
        claims: x.claims.len(),
    }
}

pub fn claim_out(x: &Extracted, c: &Claim) -> ClaimOut {
    let a = &x.analysis.article;
    let text = &a.text;
    let sp = |r: &std::ops::Range<usize>| a.input_span(r);
    ClaimOut {
        id: c.id.clone(),
        article: a.id.clone(),
        sentence_index: c.sentence_index,
        sentence: sentence_text(x, c).to_string(),
        span: sp(&c.span),
        actor: ActorOut {
            name: c.actor.name.clone(),
            kind: c.actor.kind.as_str(),
            affiliation: c.actor.affiliation.clone(),
        },
        speaker: c.speaker.clone(),
        speaker_span: c.speaker_span.as_ref().map(sp),
        cue: c.cue.clone(),
        content_span: sp(&c.content_span),
        attribution: c.attribution.as_str(),
        quote: c.quote.as_ref().map(|q| text[q.clone()].to_string()),
        stance: c.stance.as_str(),
        modality: c.modality.as_str(),
        proposition: PropositionOut {
            predicate: c.proposition.predicate.clone(),
            participants: c
                .proposition
                .participants
                .iter()
                .map(|p| p.name.clone())
                .collect(),
            location: c.proposition.location.clone(),
            quantities: c
                .proposition
                .quantities
                .iter()
                .map(|q| QuantityOut {
                    value: q.value,
                    max: q.max,
                    unit: q.unit.clone(),
                    text: text[q.span.clone()].to_string(),
                    bound: q.bound.as_str(),
                })
                .collect(),
            text: c.content_text.clone(),
        },
        stated_at: time_out(&c.stated_at),
        event_time: time_out(&c.event_time),
    }
}

fn side_out(inputs: &[Extracted], r: crate::compare::ClaimRef) -> SideOut {
    let x = &inputs[r.article];
    let c = claim(inputs, r);
    SideOut {
        article: x.analysis.article.id.clone(),
        claim: c.id.clone(),
        sentence: sentence_text(x, c).to_string(),
        stance: c.stance.as_str(),
        stated_at: time_out(&c.stated_at),
        quote: c
            .quote
            .as_ref()
            .map(|q| x.analysis.article.text[q.clone()].to_string()),
    }
}

/// A stable id: a short hash of the kind and the two claim ids.
fn finding_id(inputs: &[Extracted], f: &Finding) -> String {
    let mut parts = vec![f.kind.as_str(), &claim(inputs, f.earlier).id];
    if let Some(l) = f.later {
        parts.push(&claim(inputs, l).id);
    }
    let h = crate::fnv1a(crate::separated(&parts));
    format!("{}-{:08x}", f.kind.as_str(), h as u32)
}

pub fn finding_out(inputs: &[Extracted], f: &Finding) -> FindingOut {
    FindingOut {
        id: finding_id(inputs, f),
        kind: f.kind.as_str(),
        severity: f.severity.as_str(),
        confidence: (f.confidence * 100.0).round() / 100.0,
        actor: f.actor.clone(),
        earlier: side_out(inputs, f.earlier),
        later: f.later.map(|l| side_out(inputs, l)),
        reason: f.reason.clone(),
        also: f
            .also
            .iter()
            .map(|(e, l)| AlsoOut {
                earlier: sentence_text(&inputs[e.article], claim(inputs, *e)).to_string(),
                later: l.map(|l| sentence_text(&inputs[l.article], claim(inputs, l)).to_string()),
            })
            .collect(),
    }
}

pub fn doc(inputs: &[Extracted], findings: &[Finding], with_claims: bool) -> Doc {
    Doc {
        schema: SCHEMA,
        articles: inputs.iter().map(article_out).collect(),
        findings: findings.iter().map(|f| finding_out(inputs, f)).collect(),
        changes: None,
        claims: with_claims.then(|| {
            inputs
                .iter()
                .flat_map(|x| x.claims.iter().map(move |c| claim_out(x, c)))
                .collect()
        }),
    }
}
