//! Attribution: for each sentence, who said it (the speaker's noun phrase and the actor it
//! resolves to), the reporting cue, and the content. Patterns: a trailing attribution
//! ("..., the ministry said on Thursday."), a leading one ("The ministry said that ..."),
//! direct quotes with the speaker after, before or inverted ("..., said Petrov"),
//! "according to X", quotes over several sentences, pronouns and nominal anaphora for
//! speakers named earlier, and a second speaker in a later clause of the sentence (", but
//! the ministry said ...", "..., saying ...", "X, who says ..."). Sentences without
//! attribution, and the outlet's clause beside a later speaker, are the outlet's own voice.

use super::actors::{Actor, ActorKind};
use super::mentions::{MentionKind, Mentions};
use super::{Attribution, OrderCue};
use crate::lexicon::{self, PronounKind};
use crate::text::{Quote, Word};
use crate::Analysis;
use std::ops::Range;

/// A claim before stance, times and proposition are worked out.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The first sentence the claim stands in, and the last (a quotation may run over
    /// several).
    pub sentence: usize,
    pub last_sentence: usize,
    pub span: Range<usize>,
    pub actor: Actor,
    pub speaker_span: Option<Range<usize>>,
    pub cue_span: Option<Range<usize>>,
    pub content: Range<usize>,
    pub attribution: Attribution,
    pub quote: Option<Range<usize>>,
    pub order_cue: OrderCue,
    /// The reporting verb itself is negated ("did not confirm").
    pub cue_negated: bool,
    /// The sentence that holds the attribution words (for the statement time).
    pub attribution_sentence: Range<usize>,
    /// The person who spoke, when the speaker is one (for "he"/"she" later).
    pub person: Option<String>,
}

struct Ctx<'a> {
    analysis: &'a Analysis,
    text: &'a str,
    mentions: &'a Mentions,
    /// `np_before` of a cue, kept: the trailing, leading and embedded readings of a
    /// sentence each ask for the speaker before the same cue. Keyed by where the list of
    /// words starts and ends, its length and the cue.
    #[allow(clippy::type_complexity)]
    np_memo: std::cell::RefCell<
        rustc_hash::FxHashMap<(usize, usize, usize, usize), Option<Range<usize>>>,
    >,
}

/// Attributes every sentence of the article.
pub fn attribute(analysis: &Analysis, mentions: &Mentions) -> Vec<Draft> {
    let ctx = Ctx {
        analysis,
        text: &analysis.article.text,
        mentions,
        np_memo: Default::default(),
    };
    let sentences = &analysis.sentences;
    let mut covered = vec![false; sentences.len()];
    let mut drafts: Vec<Draft> = Vec::new();
    for s in sentences {
        if covered[s.index] {
            continue;
        }
        let made = attribute_sentence(&ctx, s.index, &drafts);
        for d in &made {
            covered[d.sentence..=d.last_sentence].fill(true);
        }
        drafts.extend(made);
    }
    // Sentences left: quotations whose speaker stands in a sentence before, or the
    // outlet's own voice.
    // The attributed drafts of the first pass by sentence (a quotation's draft may start
    // at a sentence before drafts made earlier), in `drafts` order within a sentence.
    let mut first_order: Vec<usize> = (0..drafts.len())
        .filter(|&k| drafts[k].attribution != Attribution::Unattributed)
        .collect();
    first_order.sort_by_key(|&k| drafts[k].sentence);
    let mut last_attributed: Option<usize> = None;
    for s in sentences {
        if covered[s.index] {
            continue;
        }
        let span = claim_span(&ctx, s);
        // Quotations are in text order: only those starting before the sentence can hold it.
        let quotes = &ctx.analysis.quotes;
        let in_quote = quotes[..quotes.partition_point(|q| q.inner.start <= span.start + 4)]
            .iter()
            .rev()
            .take(4)
            .find(|q| q.inner.end + 4 >= span.end && q.inner.start < span.end);
        // The attributed draft of the latest sentence before this one (the last of them in
        // `drafts` order); drafts of this pass come after those of the first.
        let from_first = first_order
            .partition_point(|&k| drafts[k].sentence < s.index)
            .checked_sub(1)
            .map(|k| &drafts[first_order[k]]);
        let previous = match (from_first, last_attributed.map(|k| &drafts[k])) {
            (Some(a), Some(b)) => Some(if a.sentence > b.sentence { a } else { b }),
            (a, b) => a.or(b),
        };
        let draft = match (in_quote, previous) {
            // The rest of a quotation whose speaker was named just before: one claim for it.
            (Some(q), Some(prev)) if s.index - prev.last_sentence <= 2 => {
                let last = sentences[s.index..]
                    .iter()
                    .take_while(|t| t.span.start < q.inner.end)
                    .map(|t| t.index)
                    .last()
                    .unwrap_or(s.index);
                covered[s.index..=last].fill(true);
                let content = trim_span(
                    ctx.text,
                    clip(&q.inner, &(span.start..sentences[last].span.end)),
                );
                Draft {
                    sentence: s.index,
                    last_sentence: last,
                    span: span.start..sentences[last].span.end,
                    content: content.clone(),
                    attribution: Attribution::DirectQuote,
                    quote: Some(content),
                    ..prev.clone()
                }
            }
            _ => outlet_draft(&ctx, s.index, &span, span.clone()),
        };
        if draft.attribution != Attribution::Unattributed {
            last_attributed = Some(drafts.len());
        }
        drafts.push(draft);
    }
    drafts.sort_by_key(|d| (d.sentence, d.content.start));
    drafts
}

/// A claim in the outlet's own voice: `content` of sentence `sentence` (span `span`).
fn outlet_draft(ctx: &Ctx, sentence: usize, span: &Range<usize>, content: Range<usize>) -> Draft {
    Draft {
        sentence,
        last_sentence: sentence,
        span: span.clone(),
        actor: Actor::outlet(
            ctx.analysis
                .article
                .source
                .as_deref()
                .or(Some(&ctx.analysis.article.id)),
        ),
        speaker_span: None,
        cue_span: None,
        content: trim_span(ctx.text, content),
        attribution: Attribution::Unattributed,
        quote: None,
        order_cue: OrderCue::None,
        cue_negated: false,
        attribution_sentence: span.clone(),
        person: None,
    }
}

fn clip(a: &Range<usize>, b: &Range<usize>) -> Range<usize> {
    a.start.max(b.start)..a.end.min(b.end).max(a.start.max(b.start))
}

/// Trims white space and closing punctuation from both ends of a span.
fn trim_span(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let strip =
        |c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.' | '\u{2014}' | '-');
    let lead = s.len() - s.trim_start_matches(strip).len();
    let trail = s.len() - s.trim_end_matches(strip).len();
    if lead + trail >= s.len() {
        return r.start..r.start;
    }
    r.start + lead..r.end - trail
}

/// A span without the quotation marks at its ends.
fn trim_quote_marks(text: &str, r: Range<usize>) -> Range<usize> {
    let marks: &[char] = &[
        '"', '\u{201C}', '\u{201D}', '\'', '`', '\u{2018}', '\u{2019}',
    ];
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start_matches(marks).len();
    let trail = s.len() - s.trim_end_matches(marks).len();
    if lead + trail >= s.len() {
        return r;
    }
    trim_span(text, r.start + lead..r.end - trail)
}

fn lower<'a>(ctx: &Ctx<'a>, w: &Word) -> std::borrow::Cow<'a, str> {
    ctx.mentions.words.lower(ctx.text, w.span.clone())
}

/// A reporting cue in a sentence.
#[derive(Debug, Clone)]
struct Cue {
    span: Range<usize>,
    /// Index of the cue's first word in the sentence's words.
    word: usize,
    according_to: bool,
    /// A stance verb: a cue only when a clause follows ("ruled that ...").
    clause_only: bool,
    /// A stance verb whose noun-phrase object is reported too ("backed the levy").
    object: bool,
    /// A participle that names a source, not what it said ("..., citing a diplomat").
    names_source: bool,
}

/// Quotation marks that open a quotation.
const OPENING_QUOTES: [char; 3] = ['\u{201C}', '"', '`'];

/// A plural noun by its ending ("officials", "analysts"; not "simultaneous", "press" or
/// "crisis").
fn plural(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is")
}

/// A participle: "saying", "adding" (a word of more than five letters ending in "ing").
fn participle(word: &str) -> bool {
    word.len() > 5 && word.ends_with("ing")
}

impl Cue {
    /// Whether the cue reports here: a stance verb only before a clause.
    fn reports(&self, ctx: &Ctx, ws: &[Word], time_spans: &[Range<usize>]) -> bool {
        !self.names_source && (!self.clause_only || clause_follows(ctx, ws, self, time_spans))
    }

    /// `reports`, or a stance verb before the object that says what the actor is for or
    /// against (`by_object`): read only where the speaker stands before the cue in its own
    /// clause (the leading and embedded readings), not in continuations (", saying ...",
    /// ", who ...").
    fn reports_or_object(&self, ctx: &Ctx, ws: &[Word], time_spans: &[Range<usize>]) -> bool {
        self.reports(ctx, ws, time_spans) || self.by_object(ctx, ws, time_spans)
    }

    /// Where the content starts when word `first` opens it: at the verb itself for an
    /// object ("backed the levy" is what the union holds, and the verb dates its object's
    /// time: "condemned the bombing on Thursday").
    fn content_from(
        &self,
        ctx: &Ctx,
        ws: &[Word],
        time_spans: &[Range<usize>],
        first: usize,
    ) -> usize {
        if self.by_object(ctx, ws, time_spans) {
            self.span.start
        } else {
            first
        }
    }

    /// Whether a stance verb reports its noun-phrase object here ("The union backed the
    /// levy"), not a clause: the word right after it, or after one preposition of a
    /// position ("railed against the levy", "spoke about raising it"), opens a noun phrase
    /// (a determiner, a name, a number; after the preposition a pronoun or a gerund too),
    /// with nothing but a space between; not after a preposition ("for backing", "to
    /// back"), nor a base form after "and".
    fn by_object(&self, ctx: &Ctx, ws: &[Word], time_spans: &[Range<usize>]) -> bool {
        // (Asked of every cue: the lexicon's mark first.)
        if !self.object {
            return false;
        }
        let Some(next) = ws.get(self.word + 1) else {
            return false;
        };
        // No form after a preposition ("thanked Trump for backing the bill", "to back"); a
        // base form after "and" shares the negation before it ("he wasn't going to act ...
        // and back Trump").
        let before = self.word.checked_sub(1).map(|k| lower(ctx, &ws[k]));
        let l = lower(ctx, &ws[self.word]);
        let base_form = !l.ends_with('s') && !l.ends_with("ed") && !participle(&l);
        let gerund = before
            .as_ref()
            .is_some_and(|b| crate::speaker_word!("preposition", b));
        let shared = base_form
            && before
                .as_ref()
                .is_some_and(|b| crate::speaker_word!("coordinate", b));
        if gerund || shared || !plain_gap(ctx, &ws[self.word], next) {
            return false;
        }
        // "railed against the levy", "voted for the bill": one preposition of a position
        // may stand before the object, which is then no time ("voted on Tuesday").
        let (next, k) = match ws.get(self.word + 2) {
            Some(after)
                if crate::speaker_word_at!(
                    "object_preposition",
                    ctx.mentions.words,
                    ctx.text,
                    next
                ) && plain_gap(ctx, next, after)
                    && !in_time(ctx, after) =>
            {
                (after, self.word + 2)
            }
            _ => (next, self.word + 1),
        };
        if clause_follows(ctx, ws, self, time_spans) {
            return false;
        }
        let lx = lexicon::get();
        let ln = lower(ctx, next);
        // "refused to release the files", "declined to comment", "decided not to appeal":
        // what the actor will or will not do.
        let infinitive = k == self.word + 1 && {
            let to_at = if lx.negation.whole(&ln).is_some() {
                k + 1
            } else {
                k
            };
            ws.get(to_at).is_some_and(|w| {
                crate::speaker_word_at!("infinitive", ctx.mentions.words, ctx.text, w)
            }) && ws.get(to_at + 1).is_some_and(|v| {
                v.text(ctx.text).starts_with(char::is_lowercase)
                    && !crate::speaker_word_at!("determiner", ctx.mentions.words, ctx.text, v)
            })
        };
        // A bare noun ("published portions of the returns", "praised work") is an object;
        // a particle, an adverb or a preposition is not ("backed away", "opposed strongly").
        let bare_noun = next.text(ctx.text).chars().all(|c| c.is_lowercase())
            && !ln.ends_with("ly")
            && !in_time(ctx, next)
            && !crate::speaker_word_at!("adverb", ctx.mentions.words, ctx.text, next)
            && !crate::speaker_word_at!("preposition", ctx.mentions.words, ctx.text, next)
            && !crate::speaker_word_at!("verb_particle", ctx.mentions.words, ctx.text, next)
            && !crate::speaker_word_at!("coordinate", ctx.mentions.words, ctx.text, next)
            && !crate::speaker_word_at!("subordinator", ctx.mentions.words, ctx.text, next)
            && !crate::speaker_word_at!("relative", ctx.mentions.words, ctx.text, next)
            && !crate::speaker_word_at!("infinitive", ctx.mentions.words, ctx.text, next)
            && !ctx
                .mentions
                .words
                .in_list(ctx.text, next, Some(&lx.pronoun_words))
            && lx.reporting_verbs.whole(&ln).is_none();
        infinitive
            || bare_noun
            || ln == "no"
            || (crate::speaker_word_at!("determiner", ctx.mentions.words, ctx.text, next)
                || (k > self.word + 1
                    && (ctx
                        .mentions
                        .words
                        .in_list(ctx.text, next, Some(&lx.pronoun_words))
                        || participle(&ln)))
                || next
                    .text(ctx.text)
                    .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
    }
}

/// Whether a speaker can hold a position a stance verb reports ("The union backed the
/// levy", not "The storm battered the coast" or "Don't blame Bush"): a named actor, a
/// pronoun or a speaker noun, with no auxiliary among its words.
fn holds_position(ctx: &Ctx, np: &Range<usize>, drafts: &[Draft]) -> bool {
    let ws = ctx.mentions.words.within(ctx.text, np.clone());
    let lws: Vec<String> = ws.iter().map(|w| lower(ctx, w).into_owned()).collect();
    if lws
        .iter()
        .any(|l| crate::speaker_word!("auxiliary", l.as_str()))
    {
        return false;
    }
    can_speak(ctx, np, &lws, drafts)
}

/// Whether a speaker's phrase (`lws`, its words in lowercase) can speak: a named actor, a
/// pronoun that stands for one, a speaker noun or a role ("Stocks rose, signaling ..." has
/// none).
fn can_speak(ctx: &Ctx, np: &Range<usize>, lws: &[String], drafts: &[Draft]) -> bool {
    let (actor, _) = resolve_speaker(ctx, np, drafts);
    let lx = lexicon::get();
    let head = phrase_head(lws);
    // "The senator", "the ministry": a role or a body that no name before resolves; "he"
    // or "they" with nobody before them still stand for people ("it" may be a thing).
    let person_pronoun = lws.len() == 1
        && lx
            .pronouns
            .get(lws[0].as_str())
            .is_some_and(|k| *k != PronounKind::Organization);
    actor.kind != ActorKind::Unnamed
        || person_pronoun
        || lx.speaker_nouns.contains(head)
        || lx.role_heads.contains(head)
}

/// The quotation that opens right after a cue ("He said: “...”", "saying, “...”"), the
/// content starting at word `first`.
fn opening_quote<'q>(
    ctx: &Ctx,
    quotes: &[&'q Quote],
    cue: &Range<usize>,
    first: &Word,
) -> Option<&'q Quote> {
    let between = &ctx.text[cue.end..first.span.start];
    quotes.iter().copied().find(|q| {
        q.span.start >= cue.end
            && q.span.start <= first.span.start
            && between
                .trim_start_matches([':', ',', ' '])
                .starts_with(OPENING_QUOTES)
    })
}

/// An indirect claim: `content` in the speaker's words reported by the outlet, with the
/// quotation inside it if there is one.
#[allow(clippy::too_many_arguments)]
fn indirect(
    ctx: &Ctx,
    sentence: usize,
    span: &Range<usize>,
    np: Option<Range<usize>>,
    cue: &Range<usize>,
    content: Range<usize>,
    quotes: &[&Quote],
    drafts: &[Draft],
    negated: bool,
) -> Draft {
    let partial = partial_quote(quotes, &content);
    make(
        ctx,
        sentence,
        span,
        np,
        cue,
        content,
        Attribution::Indirect,
        drafts,
        negated,
        partial,
    )
}

/// A quotation inside a content (a partial quote in indirect speech).
fn partial_quote(quotes: &[&Quote], content: &Range<usize>) -> Option<Range<usize>> {
    quotes
        .iter()
        .find(|q| q.span.start >= content.start && q.span.end <= content.end)
        .map(|q| q.inner.clone())
}

/// Whether a second attribution found at word `cut` ends the first content: a contrast
/// ("..., but the ministry said") or a participle ("..., saying") does; a subordinate clause
/// ("Trump was right when he said ...") stays inside it.
fn ends_first(ctx: &Ctx, ws: &[Word], cut: usize, second: &Draft) -> bool {
    // (The cue itself, or adverbs before it: ", even suggesting".)
    let cue_at = second
        .cue_span
        .as_ref()
        .and_then(|c| ws[cut..].iter().position(|w| w.span.start == c.start))
        .map(|k| cut + k);
    cue_at.is_some_and(|k| adverbs_before(ctx, ws, k) <= cut)
        || crate::speaker_word_at!("splits", ctx.mentions.words, ctx.text, &ws[cut])
        || semicolon_before(ctx, ws, cut)
}

/// The quotation that follows a sentence ending on its cue and a colon ("He added:"), with
/// nothing but white space between.
fn quote_after_colon<'a>(
    ctx: &Ctx<'a>,
    cue: &Range<usize>,
    sentence_end: usize,
) -> Option<&'a Quote> {
    let rest = ctx.text.get(cue.end..sentence_end)?.trim();
    if rest != ":" {
        return None;
    }
    let quotes = &ctx.analysis.quotes;
    let q = quotes.get(quotes.partition_point(|q| q.span.start < sentence_end))?;
    // (A quotation with a speaker of its own, '"We will win," Smith said.', is his.)
    let closing = ctx
        .analysis
        .sentences_overlapping(&(q.span.end - 1..q.span.end));
    let after = closing
        .last()
        .map_or(q.span.end, |s| s.span.end.max(q.span.end));
    let own_speaker = ctx.text[q.span.end..after]
        .chars()
        .any(char::is_alphanumeric);
    (ctx.text[sentence_end..q.span.start].trim().is_empty() && !own_speaker).then_some(q)
}

/// Whether a "that" before word `next` opens a reported clause ("that the talks ...",
/// "that he ...", "that 12 died") rather than a relative one ("a statement that gave no
/// details").
fn that_opens_a_clause(ctx: &Ctx, ws: &[Word], next: usize) -> bool {
    let lx = lexicon::get();
    ws.get(next).is_none_or(|n| {
        crate::speaker_word_at!("determiner", ctx.mentions.words, ctx.text, n)
            || ctx
                .mentions
                .words
                .in_list(ctx.text, n, Some(&lx.pronoun_words))
            || n.text(ctx.text)
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    })
}

/// Whether a semicolon stands right before word `k`: a clause of its own opens there.
fn semicolon_before(ctx: &Ctx, ws: &[Word], k: usize) -> bool {
    k > 0 && ctx.text[ws[k - 1].span.end..ws[k].span.start].contains(';')
}

/// The first of the adverbs that stand right before word `k` ("has long said", ", even
/// suggesting"): `k` itself when there are none.
fn adverbs_before(ctx: &Ctx, ws: &[Word], k: usize) -> usize {
    let mut a = k;
    while a > 0
        && crate::speaker_word_at!("adverb", ctx.mentions.words, ctx.text, &ws[a - 1])
        && plain_gap(ctx, &ws[a - 1], &ws[a])
    {
        a -= 1;
    }
    a
}

/// Whether a "that" opens the content after `cue` ("the court ruled on Monday that ..."):
/// a stance verb reports a statement only then.
fn clause_follows(ctx: &Ctx, ws: &[Word], cue: &Cue, time_spans: &[Range<usize>]) -> bool {
    let from = content_start_after(ctx, ws, cue.word, time_spans);
    // "He concluded: “...”": a colon or a quotation opens the words themselves.
    let opens_quote = ctx.text[cue.span.end..]
        .trim_start_matches([' ', ','])
        .starts_with(':')
        || ctx.text[cue.span.end..]
            .trim_start_matches([' ', ','])
            .starts_with(OPENING_QUOTES);
    opens_quote
        || ws[cue.word + 1..from.min(ws.len())]
            .iter()
            .any(|w| crate::speaker_word_at!("complementizer", ctx.mentions.words, ctx.text, w))
}

fn find_cues(ctx: &Ctx, span: &Range<usize>, ws: &[Word], quotes: &[&Quote]) -> Vec<Cue> {
    let lx = lexicon::get();
    let mut cues = Vec::new();
    for (s, e, lemma) in lx
        .reporting_verbs
        .find_in(&ctx.mentions.phrases, ctx.text, span.clone())
    {
        let r = span.start + s..span.start + e;
        // Reporting verbs are lowercase in running text: "State" in "State Department" is not
        // one; a headline capitalizes its closing attribution ("..., Graham Says").
        if !ctx.text[r.clone()].starts_with(char::is_lowercase) && !headline_cue(ctx, span, &r) {
            continue;
        }
        if quotes
            .iter()
            .any(|q| q.inner.start <= r.start && r.end <= q.inner.end)
        {
            continue;
        }
        let Some(word) = ws.iter().position(|w| w.span.start == r.start) else {
            continue;
        };
        // A noun after "the", "his" or "Editor's" is no reporting verb ("the plan", "his
        // comments"); a word that is a noun as often needs a speaker right before it.
        if word > 0 {
            let prev = &ws[word - 1];
            let pl = lower(ctx, prev);
            // "his comments" and "Editor's note" are nouns; "he's claiming" is not.
            if after_article_or_possessive(ctx, ws, word) {
                continue;
            }
            let l = lower(ctx, &ws[word]);
            if crate::speaker_word_at!("noun_too", ctx.mentions.words, ctx.text, &ws[word]) {
                // (An adverb only after a speaker: "Sources also report", not "The long
                // report".)
                let adverb = crate::speaker_word!("adverb", &pl)
                    && (word < 2
                        || !crate::speaker_word_at!(
                            "determiner",
                            ctx.mentions.words,
                            ctx.text,
                            &ws[word - 2]
                        ));
                let speaker_like = np_head(ctx, prev)
                    || lx.pronouns.contains_key(pl.as_ref())
                    || adverb
                    || plural(&pl)
                    || (word >= 2
                        && aside_adverb_at(ctx, ws, word - 1)
                        && np_head(ctx, &ws[word - 2]));
                // "the Peru blast", "a Kremlin plan": a base form after a singular name is
                // the noun (a verb would agree: "Peru blasts", "officials plan").
                let base_form = !l.ends_with('s') && !l.ends_with("ed") && !participle(&l);
                // ("Obama and Clinton call them", "... Survey show that" are verbs.)
                let name_start = (0..word)
                    .rev()
                    .take_while(|&k| ws[k].text(ctx.text).starts_with(char::is_uppercase))
                    .last()
                    .unwrap_or(word);
                let joined = name_start > 0
                    && crate::speaker_word_at!(
                        "link",
                        ctx.mentions.words,
                        ctx.text,
                        &ws[name_start - 1]
                    );
                let clause_after = ws.get(word + 1).is_some_and(|n| {
                    crate::speaker_word_at!("complementizer", ctx.mentions.words, ctx.text, n)
                });
                // (A capital that opens the sentence says nothing: "Police fear ...".)
                let single_capital = prev.text(ctx.text).starts_with(char::is_uppercase)
                    && !plural(&pl)
                    && !lx.pronouns.contains_key(pl.as_ref())
                    && !lx.speaker_nouns.contains(pl.as_ref());
                let singular_name = single_capital && word >= 2 && !joined && !clause_after;
                // "Battleground state Florida", "Additional reporting by", "Twenty-seven
                // states": a capital that opens the sentence and names nobody (no mention,
                // no speaker noun or role, no plural), or a count, makes the word a noun.
                let opener_names_nobody = word == 1
                    && single_capital
                    && !lx.role_heads.contains(pl.as_ref())
                    && ctx.mentions.at(&prev.span).next().is_none();
                let counted = pl.split('-').any(|p| lx.numbers.contains_key(p))
                    || pl.starts_with(|c: char| c.is_ascii_digit());
                if !speaker_like || (base_form && singular_name) || opener_names_nobody || counted {
                    continue;
                }
            }
        } else if crate::speaker_word_at!("noun_too", ctx.mentions.words, ctx.text, &ws[word]) {
            continue;
        }
        // "according to" is a cue of its own.
        let names_source =
            crate::speaker_word!("source_cue", lemma) && participle(&ctx.text[r.clone()]);
        cues.push(Cue {
            span: r,
            word,
            according_to: false,
            clause_only: lx.clause_only_cues.contains(lemma),
            object: lx.object_cues.contains(lemma),
            names_source,
        });
    }
    for (s, e, _) in lx
        .according_to
        .find_in(&ctx.mentions.phrases, ctx.text, span.clone())
    {
        let (s, e) = (span.start + s, span.start + e);
        if let Some(word) = ws.iter().position(|w| w.span.start == s) {
            cues.push(Cue {
                span: s..e,
                word,
                according_to: true,
                clause_only: false,
                object: false,
                names_source: false,
            });
        }
    }
    message_cues(ctx, ws, quotes, &mut cues);
    cues.sort_by_key(|c| c.span.start);
    cues
}

/// How far after a verb the message it conveys may be named, in words ("sent a
/// cease-and-desist letter", "unleashed a flurry of tweets").
const MESSAGE_WITHIN: usize = 4;

/// Any verb whose object is a message (`message_noun` in speaker_words.txt: "issued a
/// statement", "sent a letter", "delivered a mostly positive message") conveys it: a
/// stance cue with an object, read only after a speaker that can hold a position. The verb
/// is a lowercase word that reads as one (a past or third-person ending, an irregular past,
/// or an auxiliary before it); the words up to the message open a noun phrase and hold no
/// preposition but "of".
fn message_cues(ctx: &Ctx, ws: &[Word], quotes: &[&Quote], cues: &mut Vec<Cue>) {
    let lx = lexicon::get();
    let index = &ctx.mentions.words;
    for j in 2..ws.len() {
        if !crate::speaker_word_at!("message_noun", index, ctx.text, &ws[j]) {
            continue;
        }
        // The verb: the first word going back that is no determiner, modifier or "of".
        let Some(v) = (j.saturating_sub(MESSAGE_WITHIN + 1)..j).rev().find(|&k| {
            let w = &ws[k];
            let t = w.text(ctx.text);
            let inside = crate::speaker_word_at!("determiner", index, ctx.text, w)
                || crate::speaker_word_at!("article", index, ctx.text, w)
                || lower(ctx, w) == "of"
                || (t.chars().all(|c| c.is_lowercase() || c == '-')
                    && !crate::speaker_word_at!("adverb", index, ctx.text, w)
                    && !crate::speaker_word_at!("auxiliary", index, ctx.text, w)
                    && !crate::speaker_word_at!("preposition", index, ctx.text, w)
                    && !index.in_list(ctx.text, w, Some(&lx.pronoun_words))
                    && lx.reporting_verbs.whole(t).is_none()
                    && !verb_form(ctx, ws, k));
            !inside
        }) else {
            continue;
        };
        if v == 0
            || !verb_form(ctx, ws, v)
            || !(v + 1..j).all(|k| plain_gap(ctx, &ws[k - 1], &ws[k]))
            || !plain_gap(ctx, &ws[j - 1], &ws[j])
            || cues.iter().any(|c| c.word == v)
        {
            continue;
        }
        // The object opens on a determiner or a modifier, not on "of".
        if lower(ctx, &ws[v + 1]) == "of" {
            continue;
        }
        let r = ws[v].span.clone();
        if quotes
            .iter()
            .any(|q| q.inner.start <= r.start && r.end <= q.inner.end)
        {
            continue;
        }
        cues.push(Cue {
            span: r,
            word: v,
            according_to: false,
            clause_only: true,
            object: true,
            names_source: false,
        });
    }
}

/// Whether word `k` reads as a finite verb or a participle: lowercase, with a past or
/// third-person ending ("sent" and other irregular pasts: `irregular_past`), or after an
/// auxiliary ("will deliver").
fn verb_form(ctx: &Ctx, ws: &[Word], k: usize) -> bool {
    let w = &ws[k];
    let t = w.text(ctx.text);
    if !t.chars().all(|c| c.is_ascii_lowercase()) || t.len() < 3 {
        return false;
    }
    let index = &ctx.mentions.words;
    if crate::speaker_word_at!("determiner", index, ctx.text, w)
        || crate::speaker_word_at!("preposition", index, ctx.text, w)
        || crate::speaker_word_at!("adverb", index, ctx.text, w)
        || crate::speaker_word_at!("auxiliary", index, ctx.text, w)
        || crate::speaker_word_at!("coordinate", index, ctx.text, w)
        || crate::speaker_word_at!("message_noun", index, ctx.text, w)
    {
        return false;
    }
    let after_auxiliary =
        k > 0 && crate::speaker_word_at!("auxiliary", index, ctx.text, &ws[k - 1]);
    t.ends_with("ed")
        || (plural(t) && !after_article_or_possessive(ctx, ws, k))
        || crate::speaker_word_at!("irregular_past", index, ctx.text, w)
        || after_auxiliary
}

/// Word `k` follows an article or a possessive ("the campaigns", "Trump's ads").
fn after_article_or_possessive(ctx: &Ctx, ws: &[Word], k: usize) -> bool {
    k > 0 && {
        let pl = lower(ctx, &ws[k - 1]);
        crate::speaker_word!("article", &pl)
            || (crate::text::strip_possessive(&pl).is_some() && contracted_pronoun(&pl).is_none())
    }
}

/// A capitalized cue that ends a headline after a comma and a name ("Trump Could Address
/// Clean Energy, Lindsey Graham Says").
fn headline_cue(ctx: &Ctx, sentence: &Range<usize>, cue: &Range<usize>) -> bool {
    // "Oil Falls on Demand, China Fears": a word that is a noun as often is no cue there.
    if crate::speaker_word!("noun_too", &ctx.mentions.words.lower(ctx.text, cue.clone()))
        || ctx
            .analysis
            .article
            .paragraphs
            .first()
            .is_none_or(|p| !(p.start <= sentence.start && sentence.end <= p.end))
    {
        return false;
    }
    let rest = &ctx.text[cue.end..sentence.end];
    let before = &ctx.text[sentence.start..cue.start];
    rest.chars()
        .all(|c| c.is_whitespace() || matches!(c, '.' | '!' | '?'))
        && before.rfind(',').is_some_and(|comma| {
            let name = before[comma + 1..].split_whitespace().collect::<Vec<_>>();
            (1..=4).contains(&name.len()) && name.iter().all(|w| w.starts_with(char::is_uppercase))
        })
}

/// Whether word `w` may stand in a speaker's noun phrase.
fn np_word(ctx: &Ctx, w: &Word) -> bool {
    let lx = lexicon::get();
    let t = w.text(ctx.text);
    let index = &ctx.mentions.words;
    t.starts_with(char::is_uppercase)
        || (t.contains('-')
            && lower(ctx, w)
                .split_once('-')
                .is_some_and(|(_, r)| r.starts_with(char::is_uppercase)))
        || crate::speaker_word_at!("determiner", index, ctx.text, w)
        || crate::speaker_word_at!("modifier", index, ctx.text, w)
        || index.in_list(ctx.text, w, Some(&lx.speaker_nouns))
        || index.in_list(ctx.text, w, Some(&lx.role_words))
        || crate::speaker_word_at!("link", index, ctx.text, w)
}

/// The head of a noun phrase is a name, a speaker noun, a role, an org word or a pronoun.
fn np_head(ctx: &Ctx, w: &Word) -> bool {
    let lx = lexicon::get();
    let t = w.text(ctx.text);
    let l = lower(ctx, w);
    let l = crate::text::strip_possessive(&l).unwrap_or(&l);
    t.starts_with(char::is_uppercase) || lx.speaker_nouns.contains(l) || lx.role_heads.contains(l)
}

/// The gap between two words is plain: one space, no punctuation.
fn plain_gap(ctx: &Ctx, a: &Word, b: &Word) -> bool {
    ctx.text[a.span.end..b.span.start]
        .chars()
        .all(char::is_whitespace)
}

/// How many words that are neither names nor speaker words a speaker's phrase may hold
/// ("sources in the ruling coalition").
const UNKNOWN_IN_SPEAKER: usize = 2;

/// The longest speaker phrase claimdiff reads, in words.
const MAX_SPEAKER_WORDS: usize = 14;

/// The gap between word i and the next may stand inside a speaker's phrase: white space,
/// an abbreviation's period ("Mr. Obama"), a party tag's brackets ("Sen. Lindsey Graham
/// (R-S.C.)").
fn np_gap(ctx: &Ctx, ws: &[Word], i: usize) -> bool {
    let gap = &ctx.text[ws[i].span.end..ws[i + 1].span.start];
    // A plural's possessive apostrophe ("Flight attendants' union").
    let gap = if ws[i].text(ctx.text).ends_with('s') {
        gap.strip_prefix(['\'', '\u{2019}']).unwrap_or(gap)
    } else {
        gap
    };
    gap.chars()
        .all(|c| c.is_whitespace() || matches!(c, '(' | ')' | '.'))
        && !gap.contains("..")
}

/// A word that ends a speaker's phrase when met going back from the cue: a clause word
/// ("that", "who", "is"), a pronoun, another reporting verb.
fn np_stop(ctx: &Ctx, w: &Word) -> bool {
    let lx = lexicon::get();
    let index = &ctx.mentions.words;
    crate::speaker_word_at!("clause", index, ctx.text, w)
        || index.in_list(ctx.text, w, Some(&lx.pronoun_words))
        || lx
            .reporting_verbs
            .whole(w.text(ctx.text))
            .is_some_and(|lemma| {
                w.text(ctx.text).starts_with(char::is_lowercase)
                    // A stance verb's forms are adjectives as often ("the ruling coalition").
                    && !lx.clause_only_cues.contains(lemma)
            })
}

/// `np_stop` for word `k` of `ws`, where a speaker's modifier after an article is inside
/// the phrase though it is a reporting verb's form too ("the state prosecutor"; "after the
/// attack police said" stops at "attack").
fn np_stop_at(ctx: &Ctx, ws: &[Word], k: usize) -> bool {
    let after_article =
        k > 0 && crate::speaker_word_at!("article", ctx.mentions.words, ctx.text, &ws[k - 1]);
    // "People close to him", "sources loyal to the minister": "to" after such a word joins
    // its complement to the speaker.
    if k > 0
        && crate::speaker_word_at!("infinitive", ctx.mentions.words, ctx.text, &ws[k])
        && crate::speaker_word_at!("near_to", ctx.mentions.words, ctx.text, &ws[k - 1])
    {
        return false;
    }
    if np_stop(ctx, &ws[k]) {
        // "Some state officials said": a word that is a noun as often, before a speaker
        // noun or a role, modifies it.
        let lx = lexicon::get();
        let modifies = crate::speaker_word_at!("noun_too", ctx.mentions.words, ctx.text, &ws[k])
            && ws.get(k + 1).is_some_and(|n| {
                ctx.mentions
                    .words
                    .in_list(ctx.text, n, Some(&lx.speaker_nouns))
                    || ctx
                        .mentions
                        .words
                        .in_list(ctx.text, n, Some(&lx.role_words))
            });
        return !modifies
            && (!after_article
                || !crate::speaker_word_at!("modifier", ctx.mentions.words, ctx.text, &ws[k]));
    }
    // A stance verb's form is an adjective after an article ("the ruling coalition"), a
    // verb after anything else ("The senator opposed the levy and said ...").
    let lx = lexicon::get();
    let t = ws[k].text(ctx.text);
    !after_article
        && t.starts_with(char::is_lowercase)
        && lx
            .reporting_verbs
            .whole(t)
            .is_some_and(|lemma| lx.clause_only_cues.contains(lemma))
}

/// The speaker's phrase that ends right before word `cue` (adverbs skipped): word range.
/// It runs back to a boundary (punctuation, a clause word, the sentence start); "Scott
/// Pruitt, the attorney general, said" takes the name and its aside.
fn np_before(ctx: &Ctx, ws: &[Word], cue: usize) -> Option<Range<usize>> {
    let key = (
        ws.first().map_or(0, |w| w.span.start),
        ws.last().map_or(0, |w| w.span.end),
        ws.len(),
        cue,
    );
    if let Some(np) = ctx.np_memo.borrow().get(&key) {
        return np.clone();
    }
    let np = find_np_before(ctx, ws, cue);
    ctx.np_memo.borrow_mut().insert(key, np.clone());
    np
}

fn find_np_before(ctx: &Ctx, ws: &[Word], cue: usize) -> Option<Range<usize>> {
    let lx = lexicon::get();
    let mut end = cue;
    // Adverbs and a statement time ("Sanders on Tuesday said") stand between the speaker
    // and the cue.
    while end > 0
        && (crate::speaker_word_at!("adverb", ctx.mentions.words, ctx.text, &ws[end - 1])
            || in_time(ctx, &ws[end - 1]))
        && plain_gap(ctx, &ws[end - 1], &ws[end])
    {
        end -= 1;
        if end < cue
            && in_time(ctx, &ws[end])
            && end > 0
            && crate::speaker_word_at!("after_cue", ctx.mentions.words, ctx.text, &ws[end - 1])
            && plain_gap(ctx, &ws[end - 1], &ws[end])
        {
            end -= 1;
        }
    }
    if end == 0 {
        return None;
    }
    // "The ministry, however, said": a sentence adverb set off by commas stands between
    // the speaker and the cue.
    let set_off = end >= 2 && aside_adverb_at(ctx, ws, end - 1);
    if set_off {
        end -= 1;
        // The word before the adverb heads the speaker's phrase ("The talks failed,
        // however, said Lind" names Lind after the cue).
        let ll = lower(ctx, &ws[end - 1]);
        if !np_head(ctx, &ws[end - 1]) && !lx.pronouns.contains_key(ll.as_ref()) {
            return None;
        }
    } else {
        let gap = &ctx.text[ws[end - 1].span.end..ws[end].span.start];
        // "McConnell, R-Ky., said": an abbreviation's period may come before the comma.
        if matches!(gap.trim(), "," | ".,") {
            return appositive(ctx, ws, end - 1);
        }
        if !np_gap(ctx, ws, end - 1) {
            return None;
        }
    }
    let last = &ws[end - 1];
    let ll = lower(ctx, last);
    if lx.pronouns.contains_key(ll.as_ref()) || contracted_pronoun(&ll).is_some() {
        return Some(end - 1..end);
    }
    if np_stop(ctx, last) {
        return None;
    }
    let mut start = end - 1;
    // Words no speaker's phrase holds, met going back; a third ends the phrase ("The rebels
    // took the town in the morning and the minister said").
    let mut unknown = 0;
    while start > 0
        && end - start < MAX_SPEAKER_WORDS
        && np_gap(ctx, ws, start - 1)
        && !np_stop_at(ctx, ws, start - 1)
    {
        let w = &ws[start - 1];
        if !np_word(ctx, w)
            && !crate::speaker_word_at!("preposition", ctx.mentions.words, ctx.text, w)
        {
            unknown += 1;
            if unknown > UNKNOWN_IN_SPEAKER {
                break;
            }
        }
        start -= 1;
    }
    // "Two soldiers died and the ministry said": a conjunction right after a word no
    // speaker's phrase holds opens a clause of its own; the speaker is after it. ("Lavrov
    // and Kerry said", "the bombings in Kenya and Tanzania" join two names.)
    // ("Schools closed in Tarvel and officials said": an unknown word before, a speaker
    // word in lowercase after.)
    let unknown = |j: usize| {
        !np_word(ctx, &ws[j])
            && !crate::speaker_word_at!("preposition", ctx.mentions.words, ctx.text, &ws[j])
    };
    let first_unknown = (start..end).find(|&j| unknown(j));
    if let Some(k) = (start + 1..end.saturating_sub(1)).rev().find(|&k| {
        crate::speaker_word_at!("embed", ctx.mentions.words, ctx.text, &ws[k])
            && (unknown(k - 1)
                || (first_unknown.is_some_and(|u| u < k)
                    && !ws[k + 1].text(ctx.text).starts_with(char::is_uppercase)))
    }) {
        start = k;
    }
    // A statement time before the speaker ("... posted Friday the group said").
    while start + 1 < end
        && (in_time(ctx, &ws[start])
            || ctx
                .mentions
                .words
                .in_list(ctx.text, &ws[start], Some(&lx.calendar_words)))
    {
        start += 1;
    }
    // Do not open on a linking word, a preposition or the word of an introductory phrase
    // ("In a statement posted Friday", "Asked to describe the device").
    let opens_intro = |k: usize| {
        crate::speaker_word_at!("link", ctx.mentions.words, ctx.text, &ws[k])
            || crate::speaker_word_at!("preposition", ctx.mentions.words, ctx.text, &ws[k])
            || (crate::speaker_word_at!("intro", ctx.mentions.words, ctx.text, &ws[k])
                && !crate::speaker_word_at!("determiner", ctx.mentions.words, ctx.text, &ws[k]))
    };
    if opens_intro(start) {
        let mut preposition = false;
        while start < end && opens_intro(start) {
            preposition |=
                crate::speaker_word_at!("preposition", ctx.mentions.words, ctx.text, &ws[start]);
            start += 1;
        }
        // "Earlier in the morning Wilk had said": the preposition's object ("the morning")
        // belongs to the introductory phrase; the speaker is the name or the noun phrase
        // after it ("In June the senator said"), and "In a statement posted" has none.
        if preposition {
            let determiner = |k: usize| {
                crate::speaker_word_at!("determiner", ctx.mentions.words, ctx.text, &ws[k])
            };
            start = (start..end).find(|&k| {
                let w = &ws[k];
                let named = w.text(ctx.text).starts_with(char::is_uppercase)
                    && !in_time(ctx, w)
                    && !ctx
                        .mentions
                        .words
                        .in_list(ctx.text, w, Some(&lx.calendar_words));
                named || (k > start && determiner(k) && !determiner(k - 1))
            })?;
        }
    }
    if start == end {
        return None;
    }
    let first = ws[start].text(ctx.text);
    // ("sources close to him said": the head comes first, its complement after it.)
    let head_ok = np_head(ctx, last)
        || (end - start > 1 && np_head(ctx, &ws[start]))
        || first.starts_with(char::is_uppercase)
        || crate::speaker_word!("determiner", &crate::text::lower(first));
    head_ok.then_some(start..end)
}

/// Word `k` is a sentence adverb set off by commas ("The ministry, however, said").
fn aside_adverb_at(ctx: &Ctx, ws: &[Word], k: usize) -> bool {
    k > 0
        && k + 1 < ws.len()
        && crate::speaker_word_at!("aside_adverb", ctx.mentions.words, ctx.text, &ws[k])
        && ctx.text[ws[k - 1].span.end..ws[k].span.start].trim() == ","
        && ctx.text[ws[k].span.end..ws[k + 1].span.start].trim() == ","
}

/// Whether word `w` stands inside a time expression.
fn in_time(ctx: &Ctx, w: &Word) -> bool {
    let times = &ctx.analysis.times;
    let k = times.partition_point(|t| t.span.start <= w.span.start);
    k > 0 && times[k - 1].span.end >= w.span.end
}

/// The pronoun of a contraction with "is" or "has" ("he's", "she’s"): its length in bytes.
fn contracted_pronoun(lower_word: &str) -> Option<usize> {
    let stem = crate::text::strip_possessive(lower_word)?;
    // "it's" is mostly impersonal ("it's expected that"), not a speaker.
    let kind = lexicon::get().pronouns.get(stem)?;
    (*kind != PronounKind::Organization).then_some(stem.len())
}

/// The byte span of a speaker's words; a contracted pronoun ("he's") keeps only the pronoun.
fn speaker_span(ctx: &Ctx, ws: &[Word], npw: &Range<usize>) -> Range<usize> {
    let start = ws[npw.start].span.start;
    let last = &ws[npw.end - 1];
    match contracted_pronoun(&lower(ctx, last)) {
        Some(len) if npw.len() == 1 => start..last.span.start + len,
        _ => start..last.span.end,
    }
}

/// "NAME, ASIDE, said": word `aside_end` ends the aside; the name stands before its comma.
fn appositive(ctx: &Ctx, ws: &[Word], aside_end: usize) -> Option<Range<usize>> {
    let mut k = aside_end;
    while k > 0 && aside_gap(ctx, ws, k - 1) && aside_end - k < MAX_ASIDE_WORDS {
        k -= 1;
    }
    // "Rep. Ana Rios (D-Ore.), chairman of the panel, said": a party tag's bracket or an
    // abbreviation's period may stand before the comma.
    if k == 0
        || ctx.text[ws[k - 1].span.end..ws[k].span.start]
            .trim()
            .trim_start_matches([')', '.'])
            != ","
    {
        return None;
    }
    // A long aside is a description ("an adviser to the campaign on tax and budget issues
    // and a professor of law") or a relative clause; a short one may be a name or a role.
    let opener = |w: &Word| {
        crate::speaker_word_at!("determiner", ctx.mentions.words, ctx.text, w)
            || crate::speaker_word_at!("relative", ctx.mentions.words, ctx.text, w)
    };
    if aside_end - k >= MAX_SPEAKER_WORDS && !opener(&ws[k]) {
        return None;
    }
    let name_end = k - 1;
    let mut n = name_end;
    while n > 0 && np_gap(ctx, ws, n - 1) && name_end - n < 6 && !np_stop(ctx, &ws[n - 1]) {
        n -= 1;
    }
    let name = &ws[n..=name_end];
    // "Scott Pruitt, the attorney general, said" or "the airline's chief executive, Mauricio
    // Henao, said": one of the two is a name.
    let capital = |w: &Word| w.text(ctx.text).starts_with(char::is_uppercase);
    // "A regional analyst, who asked not to be named, said": a relative aside after a
    // speaker noun.
    let relative = crate::speaker_word_at!("relative", ctx.mentions.words, ctx.text, &ws[k]);
    let relative_aside = relative && np_head(ctx, &ws[name_end]);
    let named = (name.last().is_some_and(capital) || capital(&ws[aside_end]) || relative_aside)
        && !np_stop(ctx, &ws[name_end]);
    // A relative aside says something of the speaker; it is no part of the name.
    let end = if relative {
        name_end + 1
    } else {
        aside_end + 1
    };
    named.then_some(n..end)
}

/// The longest aside between a speaker's name and the cue claimdiff reads, in words.
const MAX_ASIDE_WORDS: usize = 30;

/// The gap between word i and the next may stand inside an aside set off by commas: no
/// punctuation that ends a phrase (a comma, a colon, a quotation mark, a dash); an
/// apostrophe ("veterans' families"), brackets and periods may.
fn aside_gap(ctx: &Ctx, ws: &[Word], i: usize) -> bool {
    let gap = &ctx.text[ws[i].span.end..ws[i + 1].span.start];
    gap.chars()
        .all(|c| c.is_whitespace() || matches!(c, '(' | ')' | '.' | '\'' | '\u{2019}' | '&'))
        && !gap.contains("..")
}

/// The speaker's phrase right after word `cue` (inverted: "said Ivan Petrov").
fn np_after(ctx: &Ctx, ws: &[Word], cue: usize) -> Option<Range<usize>> {
    let lx = lexicon::get();
    let start = cue + 1;
    let first = ws.get(start)?;
    if !plain_gap(ctx, &ws[cue], first) {
        return None;
    }
    if lx.pronouns.contains_key(lower(ctx, first).as_ref()) {
        return Some(start..start + 1);
    }
    // "said Tuesday" dates the statement; it names no speaker.
    if in_time(ctx, first) {
        return None;
    }
    // "said that ..." opens the content, not a speaker.
    if crate::speaker_word_at!("clause", ctx.mentions.words, ctx.text, first) {
        return None;
    }
    let mut end = start;
    while end < ws.len() && np_word(ctx, &ws[end]) && (end == start || np_gap(ctx, ws, end - 1)) {
        end += 1;
    }
    while end > start + 1
        && crate::speaker_word_at!("link", ctx.mentions.words, ctx.text, &ws[end - 1])
    {
        end -= 1;
    }
    (end > start && np_head(ctx, &ws[end - 1])).then_some(start..end)
}

/// The source named after "according to": words up to the next punctuation.
fn source_after(ctx: &Ctx, ws: &[Word], start: usize) -> Option<Range<usize>> {
    ws.get(start)?;
    if !plain_gap(ctx, &ws[start - 1], &ws[start]) {
        return None;
    }
    let mut end = start + 1;
    while end < ws.len()
        && end - start < MAX_SPEAKER_WORDS
        && np_gap(ctx, ws, end - 1)
        && !np_stop(ctx, &ws[end])
    {
        end += 1;
    }
    Some(start..end)
}

/// Text segments between commas before `at` (in the sentence) are all introductory
/// phrases ("On Monday,", "Shortly after the envoy arrived in Vienna,").
fn only_intro_before(ctx: &Ctx, sentence: &Range<usize>, at: usize) -> bool {
    let lx = lexicon::get();
    let Some(mut before) = ctx.text.get(sentence.start..at) else {
        return false;
    };
    // A label that names no speaker ("The Latest: ...", "Update: ...") introduces too.
    if let Some((label, rest)) = before.split_once(':') {
        if crate::speaker_word!("not_speaker", &crate::text::lower(label.trim())) {
            before = rest;
        }
    }
    let trimmed = before.trim();
    if trimmed.is_empty() {
        return true;
    }
    if !trimmed.ends_with(',') {
        return false;
    }
    let segs: Vec<&str> = trimmed.trim_end_matches(',').split(',').collect();
    segs.iter().enumerate().all(|(i, seg)| {
        let seg = seg.trim();
        let first = crate::text::lower(seg.split_whitespace().next().unwrap_or(""));
        let first = first.trim_start_matches(|c: char| !c.is_alphanumeric());
        // After an introductory phrase that ends on a name, a short run of names
        // continues it: "Speaking at a rally in Tampere, Finland, ..." (but "After the
        // talks, Lind, Moreno and Petrov said" lists speakers).
        let names = i > 0
            && segs[i - 1]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            && seg.split_whitespace().count() <= 3
            && seg
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase));
        // "At least 12 people drowned there, police said": a count's bound ("at least")
        // opens a clause, not an introduction.
        let lseg = crate::text::lower(seg);
        let count = lx
            .quantity_bounds
            .find_all(&lseg)
            .next()
            .filter(|(s, _, _)| *s == 0)
            .is_some_and(|(_, e, _)| {
                let next = lseg[e..].split_whitespace().next().unwrap_or_default();
                next.starts_with(|c: char| c.is_ascii_digit()) || lx.numbers.contains_key(next)
            });
        // "Hours after the aide spoke,", "Two days before the vote,": a span of time and
        // an introductory word.
        let lws: Vec<&str> = lseg.split_whitespace().collect();
        let unit = |k: usize| {
            lws.get(k)
                .is_some_and(|w| lx.time_value("unit", w).is_some())
        };
        let amount = lws.first().is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_digit()) || lx.numbers.contains_key(w)
        });
        let unit_at = if unit(0) {
            Some(0)
        } else if amount && unit(1) {
            Some(1)
        } else {
            None
        };
        let span_of_time = unit_at.is_some_and(|k| {
            lws.get(k + 1)
                .is_some_and(|w| crate::speaker_word!("intro", w))
        });
        // "Speaking at a rally in Tampere," introduces; "Shifting patterns could affect a
        // billion people," is a clause: its auxiliary is a finite verb.
        let finite = lws.iter().any(|w| crate::speaker_word!("auxiliary", w));
        !seg.is_empty()
            && !count
            && (names
                || span_of_time
                || crate::speaker_word!("intro", first)
                || (participle(first) && !finite)
                || lx.weekdays.contains_key(first)
                || lx.months.contains_key(first))
    })
}

/// "It was announced that ...": an impersonal pronoun, a form of "be" and the cue.
fn impersonal_passive(ctx: &Ctx, ws: &[Word], np: &Range<usize>, cue: usize) -> bool {
    let lx = lexicon::get();
    np.len() == 1
        && lx.pronouns.get(lower(ctx, &ws[np.start]).as_ref()) == Some(&PronounKind::Organization)
        && ws[np.end..cue]
            .iter()
            .any(|w| crate::speaker_word_at!("passive", ctx.mentions.words, ctx.text, w))
}

/// The longest introductory phrase without a comma claimdiff reads ("Earlier in the morning").
const MAX_INTRO_WORDS: usize = 8;

/// Words `..np` of the sentence end on an introductory phrase without its comma ("Earlier
/// in the morning Wilk had said"): a short run that opens on an introductory word, after
/// nothing but other introductory phrases.
fn intro_without_comma(ctx: &Ctx, sentence: &Range<usize>, ws: &[Word], np: usize) -> bool {
    let seg = (0..np)
        .rev()
        .find(|&k| k > 0 && ctx.text[ws[k - 1].span.end..ws[k].span.start].contains(','))
        .unwrap_or(0);
    if seg >= np {
        return false;
    }
    // "If the ministry says ..." or "When she said ...": a clause, no introduction.
    let clause = crate::speaker_word_at!("subordinator", ctx.mentions.words, ctx.text, &ws[seg])
        || crate::speaker_word_at!("conditional", ctx.mentions.words, ctx.text, &ws[seg]);
    np - seg <= MAX_INTRO_WORDS
        && !clause
        && (crate::speaker_word_at!("intro", ctx.mentions.words, ctx.text, &ws[seg])
            || crate::speaker_word_at!("preposition", ctx.mentions.words, ctx.text, &ws[seg]))
        && only_intro_before(ctx, sentence, ws[seg].span.start)
}

/// Word index of the first word of the content after a cue: skips "that", statement
/// times, the manner ("in a statement") and the audience ("told reporters").
fn content_start_after(ctx: &Ctx, ws: &[Word], cue: usize, time_spans: &[Range<usize>]) -> usize {
    let in_a_time = |k: usize| {
        time_spans
            .iter()
            .any(|t| t.start <= ws[k].span.start && ws[k].span.end <= t.end)
    };
    // The audience is the object of "told" ("told reporters"), not of "citing her work".
    let tell = crate::speaker_word_at!("tell", ctx.mentions.words, ctx.text, &ws[cue]);
    // (No phrase is tried longer than the longest of its list, nor than five words.)
    let longest = |role: &str| {
        lexicon::get().speaker_list(role).map_or(0, |l| {
            l.iter()
                .map(|p| crate::text::words(p, 0..p.len()).len())
                .max()
                .unwrap_or(0)
        })
    };
    let manner_words = crate::once_per_site!(usize, longest("manner").min(5));
    let audience_words = crate::once_per_site!(usize, longest("audience").min(5));
    let reach = if tell {
        manner_words.max(audience_words)
    } else {
        manner_words
    };
    let mut i = cue + 1;
    loop {
        let Some(w) = ws.get(i) else { return i };
        if in_a_time(i) {
            i += 1;
            continue;
        }
        if crate::speaker_word_at!("after_cue", ctx.mentions.words, ctx.text, w) {
            i += 1;
            continue;
        }
        // Multi-word manner and audience phrases (only from a word one of them starts with).
        let mut skipped = false;
        let starts =
            ctx.mentions
                .words
                .in_list(ctx.text, w, Some(&lexicon::get().cue_phrase_starts));
        for n in (1..=reach).rev().filter(|_| starts) {
            if i + n > ws.len() {
                continue;
            }
            let phrase = ctx
                .mentions
                .words
                .lower(ctx.text, ws[i].span.start..ws[i + n - 1].span.end);
            let audience = tell && crate::speaker_word!("audience", &phrase);
            if crate::speaker_word!("manner", &phrase) || audience {
                i += n;
                skipped = true;
                break;
            }
        }
        if skipped {
            continue;
        }
        // "told Reuters", "told the BBC" ("told Daily Ledger": a name's first word may read
        // as a time, "Daily").
        if tell && (cue + 1..i).all(in_a_time) && w.text(ctx.text).starts_with(char::is_uppercase) {
            i += 1;
            while ws.get(i).is_some_and(|n| {
                n.text(ctx.text).starts_with(char::is_uppercase) && plain_gap(ctx, &ws[i - 1], n)
            }) {
                i += 1;
            }
            continue;
        }
        return i;
    }
}

/// The remainder after a cue (and an inverted speaker) holds no new clause: only times,
/// manner, audience, places, or a participial clause (", saying ...").
fn remainder_is_adjunct(
    ctx: &Ctx,
    ws: &[Word],
    cue: usize,
    from: usize,
    sentence_end: usize,
    time_spans: &[Range<usize>],
) -> (bool, Option<usize>) {
    let lx = lexicon::get();
    // "..., Obama noted, that ...": the attribution is an aside; "..., he added, saying
    // ..." goes on with more from the same speaker.
    if let Some(w) = ws.get(from) {
        if ctx.text[ws[from - 1].span.end..w.span.start].contains(',') {
            let ing = participle(&lower(ctx, w));
            return (true, ing.then_some(from));
        }
    }
    let i = content_start_after(ctx, ws, from.saturating_sub(1), time_spans);
    // (The words skipped may end on "that": "said in a statement that gave no details";
    // right after the cue it opens the content: "said that neither country ...".)
    if i > from && lower(ctx, &ws[i - 1]) == "that" {
        return (
            (i - 1 > from || from != cue + 1) && !that_opens_a_clause(ctx, ws, i),
            None,
        );
    }
    // (The object of "told" is its audience.)
    let tells =
        from > 0 && crate::speaker_word_at!("tell", ctx.mentions.words, ctx.text, &ws[from - 1]);
    let mut count = 0;
    let mut depth = 0usize;
    for (k, w) in ws.iter().enumerate().skip(i) {
        if w.span.start >= sentence_end {
            break;
        }
        let gap = &ctx.text[ws[k - 1].span.end..w.span.start];
        // A semicolon ends the attribution's clause ("..., Paris says; Senegal not so sure").
        if gap.contains(';') {
            break;
        }
        // A parenthesis after the speaker is an aside ("said Burman (a view shared by ...)").
        depth = (depth + gap.matches('(').count()).saturating_sub(gap.matches(')').count());
        if depth > 0 {
            continue;
        }
        let l = lower(ctx, w);
        // "..., said members will help": a verb makes the rest a clause of its own.
        if crate::speaker_word_at!("auxiliary", ctx.mentions.words, ctx.text, w) {
            return (false, None);
        }
        if gap.contains(',') && participle(&l) {
            return (true, Some(k));
        }
        // "..., Graham said, since young voters care": the attribution is an aside.
        if k == i && gap.contains(',') {
            return (true, None);
        }
        if gap.contains(',')
            && crate::speaker_word_at!("relative", ctx.mentions.words, ctx.text, w)
            && count == 0
        {
            return (true, None);
        }
        // "said that the talks ..." opens the content; "said in a statement that gave no
        // details" is a relative clause of the statement.
        if l == "that" {
            return (!that_opens_a_clause(ctx, ws, k + 1), None);
        }
        // ", and the talks will resume": a clause of the outlet's own follows.
        if gap.contains(',') && crate::speaker_word_at!("splits", ctx.mentions.words, ctx.text, w) {
            return (true, None);
        }
        // "said Friday as he entered the talks": a subordinate clause says when or why.
        if count == 0 && crate::speaker_word_at!("subordinator", ctx.mentions.words, ctx.text, w) {
            return (true, None);
        }
        // Place, manner and audience after the cue ("said in Geneva", "said bluntly",
        // "told a midnight briefing"), or a lone word ending the sentence ("said
        // overnight"), are an adjunct; an object right after the cue ("likened RT to the
        // BBC") makes the cue the sentence's verb, and the words before it are no content.
        let last = ws.get(k + 1).is_none_or(|n| n.span.start >= sentence_end);
        if count == 0
            && !crate::speaker_word!("preposition", &l)
            && !lx.adverb(&l)
            && !tells
            && !last
        {
            return (false, None);
        }
        count += 1;
    }
    (true, None)
}

/// How many words may stand between a relative "who" and its cue ("who has long insisted").
const MAX_BEFORE_RELATIVE_CUE: usize = 3;

/// A relative clause after a trailing speaker that reports more ("..., said Ana Rios, who
/// insisted that the rules were unfair"): the cue and the content, when word `k` is a
/// "who" after a comma, only adverbs and auxiliaries stand before the cue, and a reported
/// clause follows it ("that ...", or a clause opening on a determiner, a pronoun or a
/// name; not "who asked not to be named"). The cue's word and the content.
fn relative_continues(
    ctx: &Ctx,
    ws: &[Word],
    k: usize,
    cues: &[Cue],
    time_spans: &[Range<usize>],
    sentence_end: usize,
) -> Option<(usize, usize, Range<usize>)> {
    // (Past an apposition after a comma: "said Ana Rios, a spokeswoman for the ministry,
    // who insisted ...".)
    let comma_before = |j: usize| {
        j > 0 && j < ws.len() && ctx.text[ws[j - 1].span.end..ws[j].span.start].contains(',')
    };
    let k = if comma_before(k) {
        (k..ws.len().min(k + MAX_SPEAKER_WORDS))
            .take_while(|&j| {
                j == k || {
                    let gap = ctx.text[ws[j - 1].span.end..ws[j].span.start].trim();
                    gap.is_empty() || gap == ","
                }
            })
            .find(|&j| {
                comma_before(j)
                    && crate::speaker_word_at!(
                        "person_relative",
                        ctx.mentions.words,
                        ctx.text,
                        &ws[j]
                    )
            })?
    } else {
        k
    };
    let w = ws.get(k)?;
    if k == 0
        || !crate::speaker_word_at!("person_relative", ctx.mentions.words, ctx.text, w)
        || !ctx.text[ws[k - 1].span.end..w.span.start].contains(',')
    {
        return None;
    }
    let cue = cues.iter().find(|c| {
        c.word > k
            && c.word <= k + 1 + MAX_BEFORE_RELATIVE_CUE
            && !c.according_to
            && ws[k + 1..c.word].iter().all(|w| {
                crate::speaker_word_at!("adverb", ctx.mentions.words, ctx.text, w)
                    || crate::speaker_word_at!("auxiliary", ctx.mentions.words, ctx.text, w)
            })
    })?;
    if !cue.reports(ctx, ws, time_spans) {
        return None;
    }
    let from = content_start_after(ctx, ws, cue.word, time_spans);
    let first = ws.get(from).filter(|w| w.span.start < sentence_end)?;
    let complementizer = from > cue.word + 1 && lower(ctx, &ws[from - 1]) == "that";
    (complementizer || that_opens_a_clause(ctx, ws, from)).then(|| {
        (
            k,
            cue.word,
            trim_span(ctx.text, first.span.start..sentence_end),
        )
    })
}

/// The longest lead-in, in words, before an attribution that may be an aside inside the
/// clause it reports.
const MAX_ASIDE_LEAD: usize = 8;

/// How near the start of the words after an aside their verb must stand.
const ASIDE_VERB_WITHIN: usize = 3;

/// A trailing attribution at word `from` (the word after its speaker or cue) is an aside
/// inside the clause it reports ("The talks, the ministry said on Thursday, would resume
/// on Friday"): a comma closes it (after its time, manner or audience) and the clause goes
/// on, not with a clause of the outlet's own (", and ..."), a relative or subordinate
/// clause or a participle.
fn aside_after(
    ctx: &Ctx,
    ws: &[Word],
    from: usize,
    sentence_end: usize,
    time_spans: &[Range<usize>],
) -> bool {
    if from == 0 || from > ws.len() {
        return false;
    }
    let i = if ws
        .get(from)
        .is_some_and(|w| ctx.text[ws[from - 1].span.end..w.span.start].contains(','))
    {
        from
    } else {
        content_start_after(ctx, ws, from - 1, time_spans)
    };
    // (The clause goes on with its verb: "boats would stay", not "a day after ...".)
    let verb_follows = ws[i.min(ws.len())..]
        .iter()
        .take(ASIDE_VERB_WITHIN)
        .any(|w| crate::speaker_word_at!("auxiliary", ctx.mentions.words, ctx.text, w));
    verb_follows
        && ws.get(i).is_some_and(|w| {
            let l = lower(ctx, w);
            i > 0
                && w.span.start < sentence_end
                && ctx.text[ws[i - 1].span.end..w.span.start].contains(',')
                && !participle(&l)
                && !crate::speaker_word_at!("splits", ctx.mentions.words, ctx.text, w)
                && !crate::speaker_word_at!("relative", ctx.mentions.words, ctx.text, w)
                && !crate::speaker_word_at!("subordinator", ctx.mentions.words, ctx.text, w)
        })
}

/// The canonical name of the person a mention names.
fn person_name(ctx: &Ctx, m: &super::mentions::Mention) -> Option<String> {
    match m.kind {
        MentionKind::Person(i) => Some(ctx.mentions.people[i].name.clone()),
        _ => None,
    }
}

/// Resolves a speaker phrase to an actor: pronouns and anaphora through what came before.
fn resolve_speaker(ctx: &Ctx, np: &Range<usize>, drafts: &[Draft]) -> (Actor, Option<String>) {
    let lx = lexicon::get();
    let phrase = &ctx.text[np.clone()];
    let lphrase = crate::text::lower(phrase);
    if let Some(kind) = lx.pronouns.get(lphrase.as_ref()) {
        let attributed = drafts
            .iter()
            .rev()
            .take(crate::claims::mentions::LOOKBACK)
            .filter(|d| d.attribution != Attribution::Unattributed);
        let found = match kind {
            PronounKind::Person => attributed
                .clone()
                .find(|d| d.person.is_some())
                .map(|d| (d.actor.clone(), d.person.clone()))
                .or_else(|| {
                    ctx.mentions
                        .last_before(np.start, |m| matches!(m.kind, MentionKind::Person(_)))
                        .map(|m| (m.actor.clone(), person_name(ctx, m)))
                }),
            PronounKind::Organization => attributed
                .clone()
                .find(|d| {
                    d.person.is_none()
                        && matches!(d.actor.kind, ActorKind::Organization | ActorKind::Country)
                })
                .map(|d| (d.actor.clone(), None)),
            PronounKind::Group => attributed
                .clone()
                .find(|d| d.person.is_none())
                .map(|d| (d.actor.clone(), None)),
        };
        return found.unwrap_or_else(|| (Actor::new(phrase, ActorKind::Unnamed, None), None));
    }
    let inside: Vec<_> = ctx.mentions.within(np).collect();
    if let Some(group) = joint_speakers(ctx, np, &inside) {
        return (group, None);
    }
    if let Some(m) = inside
        .iter()
        .rev()
        .find(|m| matches!(m.kind, MentionKind::Person(_)))
    {
        return (m.actor.clone(), person_name(ctx, m));
    }
    if let Some(m) = inside
        .iter()
        .rev()
        .find(|m| matches!(m.kind, MentionKind::Organization | MentionKind::Country))
    {
        return (m.actor.clone(), None);
    }
    let np_words = ctx.mentions.words.within(ctx.text, np.clone());
    let lws: Vec<String> = np_words
        .iter()
        .map(|w| w.text(ctx.text).to_lowercase())
        .collect();
    // "a ministry official", "the ministry": the body mentioned last with that word.
    for lw in &lws {
        if let Some(m) = ctx
            .mentions
            .last_before(np.start, |m| m.anaphor.as_deref() == Some(lw.as_str()))
        {
            return (m.actor.clone(), None);
        }
    }
    // "Russian officials": the country.
    if let Some(m) = inside.iter().find(|m| m.kind == MentionKind::Demonym) {
        return (m.actor.clone(), None);
    }
    let head = phrase_head(&lws).to_string();
    // A capital on a sentence-initial "A" or "The" makes no name, nor does one on the
    // first word of a sentence when it is a plural ("Critics said") or other words follow
    // it in lowercase ("Local media reported").
    let at_sentence_start = |w: &Word| {
        let before = ctx.text[..w.span.start].trim_end_matches([' ', '\t', '"', '\u{201C}']);
        before.is_empty() || before.ends_with('\n') || before.ends_with(['.', '!', '?', ':'])
    };
    let named: Vec<(&Word, &String)> = np_words
        .iter()
        .zip(&lws)
        .skip_while(|(_, l)| crate::speaker_word!("determiner", l))
        .collect();
    let capitalized = named.iter().enumerate().any(|(k, (w, l))| {
        w.text(ctx.text).starts_with(char::is_uppercase)
            && (k > 0 || !at_sentence_start(w) || (named.len() == 1 && !l.ends_with('s')))
    });
    if lx.speaker_nouns.contains(&head) || !capitalized {
        let name: Vec<&str> = lws
            .iter()
            .map(String::as_str)
            .skip_while(|w| crate::speaker_word!("determiner", w))
            .collect();
        return (Actor::new(name.join(" "), ActorKind::Unnamed, None), None);
    }
    // An unknown name: a person when it has two words or more.
    let person = np_words.len() >= 2;
    let kind = if person {
        ActorKind::Person
    } else {
        ActorKind::Organization
    };
    let name = phrase.trim_start_matches("the ").trim_start_matches("The ");
    (
        Actor::new(name, kind, None),
        person.then(|| name.to_string()),
    )
}

/// The head of a speaker's phrase, given its lowercase words: the last word before a
/// prepositional phrase ("Diplomats in Stavholm"), else the last word.
fn phrase_head(lws: &[String]) -> &str {
    lws.iter()
        .take_while(|w| !crate::speaker_word!("preposition", w))
        .last()
        .or(lws.last())
        .map_or("", String::as_str)
}

/// Speakers joined by a link word ("both Lavrov and Kerry discussed", "Russia and Turkey
/// said"): one group of their own, named by its members in text order, and no single
/// member's claim. `None` unless two different people, bodies or countries are joined.
fn joint_speakers(
    ctx: &Ctx,
    np: &Range<usize>,
    inside: &[&super::mentions::Mention],
) -> Option<Actor> {
    let members: Vec<_> = inside
        .iter()
        .filter(|m| {
            matches!(
                m.kind,
                MentionKind::Person(_) | MentionKind::Organization | MentionKind::Country
            )
        })
        .collect();
    let (first, last) = (members.first()?, members.last()?);
    if first.actor == last.actor && person_name(ctx, first) == person_name(ctx, last) {
        return None;
    }
    // The members are the phrase ("both Lavrov and Kerry"), not what a head noun belongs
    // to ("a spokesman for Kerry and Lavrov", "Kerry and Lavrov aides").
    let lead_in = ctx
        .mentions
        .words
        .within(ctx.text, np.start..first.span.start);
    if last.span.end != np.end
        || lead_in
            .iter()
            .any(|w| !crate::speaker_word_at!("determiner", ctx.mentions.words, ctx.text, w))
    {
        return None;
    }
    // Only a conjunction between two members makes them joint speakers: "State Department
    // spokesman John Kirby" names one speaker with two mentions.
    let joined = members.windows(2).all(|p| {
        // (Mentions inside one another are one speaker's: a title and its name.)
        p[0].span.end <= p[1].span.start
            && ctx
                .mentions
                .words
                .within(ctx.text, p[0].span.end..p[1].span.start)
                .iter()
                .any(|w| crate::speaker_word_at!("joint", ctx.mentions.words, ctx.text, w))
    });
    if !joined {
        return None;
    }
    let mut names: Vec<String> = Vec::new();
    for m in &members {
        let name = person_name(ctx, m).unwrap_or_else(|| m.actor.name.clone());
        if !names.contains(&name) {
            names.push(name);
        }
    }
    (names.len() >= 2).then(|| Actor::new(names.join(" and "), ActorKind::Group, None))
}

fn cue_is_negated(ctx: &Ctx, ws: &[Word], cue: usize) -> bool {
    let lx = lexicon::get();
    let from = cue.saturating_sub(3);
    let before = ctx
        .mentions
        .words
        .lower(ctx.text, ws[from].span.start..ws[cue].span.start);
    lx.withhold.is_match(before.as_ref()) || lx.negation.find_all(&before).next().is_some()
}

fn order_cue(region: &str) -> OrderCue {
    for w in region.split(|c: char| !c.is_alphanumeric()) {
        let cue = crate::text::with_lower(w, |w| {
            if crate::speaker_word!("earlier", w) {
                OrderCue::Earlier
            } else if crate::speaker_word!("later", w) {
                OrderCue::Later
            } else {
                OrderCue::None
            }
        });
        if cue != OrderCue::None {
            return cue;
        }
    }
    OrderCue::None
}

#[allow(clippy::too_many_arguments)]
fn make(
    ctx: &Ctx,
    sentence: usize,
    span: &Range<usize>,
    np: Option<Range<usize>>,
    cue: &Range<usize>,
    content: Range<usize>,
    attribution: Attribution,
    drafts: &[Draft],
    negated: bool,
    quote: Option<Range<usize>>,
) -> Draft {
    let (actor, person) = match &np {
        Some(np) => resolve_speaker(ctx, np, drafts),
        None => (Actor::new("unknown", ActorKind::Unnamed, None), None),
    };
    // The words around the cue that are not content say when, relative to others.
    let region_end = if content.start > cue.end {
        content.start
    } else {
        span.end
    };
    let region_start = if content.start > cue.end {
        span.start
    } else {
        content.end.min(cue.start)
    };
    let order = order_cue(&ctx.text[region_start.min(region_end)..region_end]);
    Draft {
        sentence,
        last_sentence: sentence,
        span: span.clone(),
        actor,
        speaker_span: np,
        cue_span: Some(cue.clone()),
        content: trim_span(ctx.text, content),
        attribution,
        quote,
        order_cue: order,
        cue_negated: negated,
        attribution_sentence: span.clone(),
        person,
    }
}

/// A direct quotation attributed by the cue and speaker of sentence `sentence`: one
/// draft for each sentence the quotation covers.
#[allow(clippy::too_many_arguments)]
fn direct_quote(
    ctx: &Ctx,
    sentence: usize,
    span: &Range<usize>,
    np: Range<usize>,
    cue: &Range<usize>,
    q: &Quote,
    drafts: &[Draft],
    negated: bool,
) -> Vec<Draft> {
    let base = make(
        ctx,
        sentence,
        span,
        Some(np),
        cue,
        q.inner.clone(),
        Attribution::DirectQuote,
        drafts,
        negated,
        Some(q.inner.clone()),
    );
    quote_drafts(ctx, q, base)
}

/// Drafts for each sentence a quotation covers, all with the attribution `base` found.
fn quote_drafts(ctx: &Ctx, q: &Quote, base: Draft) -> Vec<Draft> {
    // One claim for the whole quotation, from its first sentence to the attribution's.
    let inside = ctx.analysis.sentences_overlapping(&q.inner);
    let (Some(first), Some(last)) = (inside.first(), inside.last()) else {
        return Vec::new();
    };
    let sentence = first.index.min(base.sentence);
    let last_sentence = last.index.max(base.sentence);
    let span =
        ctx.analysis.sentences[sentence].span.start..ctx.analysis.sentences[last_sentence].span.end;
    let content = trim_span(ctx.text, q.inner.clone());
    vec![Draft {
        sentence,
        last_sentence,
        span,
        content: content.clone(),
        quote: Some(content),
        ..base
    }]
}

/// The longest label before a colon read as a speaker.
const MAX_LABEL_WORDS: usize = 5;

/// "MORENO: Well, first of all, ..." (a transcript turn: the rest of the paragraph), "Poll: Lind
/// leads" (a headline): a short capitalized label opening the sentence, then a colon.
fn colon_speaker(
    ctx: &Ctx,
    index: usize,
    span: &Range<usize>,
    ws: &[Word],
    drafts: &[Draft],
) -> Option<Draft> {
    let opening = &ctx.text[span.start..ws.first()?.span.start];
    if !opening
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '"' | '\u{201C}' | '`' | '\''))
    {
        return None;
    }
    let colon = (0..ws.len().min(MAX_LABEL_WORDS))
        .find(|&k| ctx.text[ws[k].span.end..].starts_with(": "))?;
    let label = &ws[..=colon];
    if label
        .iter()
        .any(|w| !w.text(ctx.text).starts_with(char::is_uppercase))
        || colon > 0 && (0..colon).any(|k| !np_gap(ctx, ws, k))
    {
        return None;
    }
    let np = ws[0].span.start..ws[colon].span.end;
    if crate::speaker_word!(
        "not_speaker",
        &ctx.mentions.words.lower(ctx.text, np.clone())
    ) {
        return None;
    }
    // "Americans: 12" is a figure, not a speaker's words (and a sentence cut before its
    // colon has none).
    let said = ctx.text.get(ws[colon].span.end + 1..span.end)?.trim();
    if said.is_empty() || crate::text::is_figure(said) {
        return None;
    }
    let cue = ws[colon].span.end..ws[colon].span.end + 1;
    // A transcript turn runs to the end of its paragraph.
    let paragraph = ctx.analysis.sentences[index].paragraph;
    let last = ctx.analysis.sentences[index..]
        .iter()
        .take_while(|s| s.paragraph == paragraph)
        .map(|s| s.index)
        .last()
        .unwrap_or(index);
    let content = cue.end..ctx.analysis.sentences[last].span.end;
    let mut d = make(
        ctx,
        index,
        span,
        Some(np),
        &cue,
        content,
        Attribution::DirectQuote,
        drafts,
        false,
        None,
    );
    d.last_sentence = last;
    d.span = span.start..ctx.analysis.sentences[last].span.end;
    d.quote = Some(d.content.clone());
    Some(d)
}

/// A sentence's span without the wire dateline that may open it ("MOSCOW, Sept 7
/// (Reuters) - "): the dateline says where the copy was filed, it is no part of a claim.
fn claim_span(ctx: &Ctx, s: &crate::text::Sentence) -> Range<usize> {
    let Some(p) = ctx.analysis.article.paragraphs.get(s.paragraph) else {
        return s.span.clone();
    };
    if s.span.start != p.start {
        return s.span.clone();
    }
    match crate::text::dateline_end(&ctx.text[p.clone()]) {
        Some(e) if p.start + e < s.span.end => {
            let rest = &ctx.text[p.start + e..s.span.end];
            let lead = rest.len() - rest.trim_start().len();
            p.start + e + lead..s.span.end
        }
        _ => s.span.clone(),
    }
}

fn attribute_sentence(ctx: &Ctx, index: usize, drafts: &[Draft]) -> Vec<Draft> {
    let s = &ctx.analysis.sentences[index];
    let span = claim_span(ctx, s);
    let ws = ctx.mentions.words.within(ctx.text, span.clone());
    if ws.is_empty() {
        return Vec::new();
    }
    let quotes: Vec<&Quote> = ctx.analysis.quotes_overlapping(&span).iter().collect();
    let cues = find_cues(ctx, &span, &ws, &quotes);
    let time_spans: Vec<Range<usize>> = ctx
        .analysis
        .times_within(&span)
        .map(|t| t.span.clone())
        .collect();
    let mut out: Vec<Draft> = Vec::new();
    let sentence_end = span.end;

    // 0. A speaker's label and a colon: "Poll: Lind leads", "MORENO: Well, first of all, ...".
    if let Some(d) = colon_speaker(ctx, index, &span, &ws, drafts) {
        return vec![d];
    }

    // 1. A trailing attribution on the last cue: "<content>, the ministry said on Thursday."
    //    or "“<quote>,” he said." or inverted "“<quote>,” said Petrov."
    let participial = |c: &Cue| {
        participle(&ctx.text[c.span.clone()])
            && ctx.text[span.start..c.span.start].trim_end().ends_with(',')
    };
    for cue in cues
        .iter()
        .rev()
        .filter(|c| !c.according_to && !c.clause_only && !participial(c))
    {
        // A speaker in a clause of its own ("..., but the ministry said the toll was 60")
        // opens a second attribution, not a trailing one.
        let before_np = np_before(ctx, &ws, cue.word).filter(|npw| {
            let opener =
                |k: usize| crate::speaker_word_at!("embed", ctx.mentions.words, ctx.text, &ws[k]);
            !(opener(npw.start) || npw.start > 0 && opener(npw.start - 1))
        });
        // Inverted ("..., said Ivan Petrov") only right after a comma or a closing quote.
        let inverted_ok = ctx.text[span.start..cue.span.start]
            .trim_end()
            .ends_with([',', '\u{201D}', '"', '\'']);
        let (np_words, after_speaker) = match &before_np {
            Some(r) => (Some(r.clone()), cue.word + 1),
            None => match np_after(ctx, &ws, cue.word).filter(|_| inverted_ok) {
                Some(r) => (Some(r.clone()), r.end),
                None => (None, cue.word + 1),
            },
        };
        if let Some(npw) = np_words {
            let np_span = speaker_span(ctx, &ws, &npw);
            let attribution_start = np_span.start.min(cue.span.start);
            let lead_in = ctx.text[span.start..attribution_start].trim_end();
            // (Only a quotation that opens the sentence, or began before it, is what was
            // said: in "On the broadcast of “Face the Nation,” the governor said ..." it
            // is a title.)
            let after_quote = quotes.iter().find(|q| {
                q.span.end <= attribution_start
                    && (q.span.start <= span.start || only_intro_before(ctx, &span, q.span.start))
                    && ctx.text[q.span.end..attribution_start]
                        .trim()
                        .trim_matches(',')
                        .is_empty()
            });
            // The comma may stand inside a closing quote mark whose opening one was not
            // paired ("“Oz has a pulpit,” said ..." with a straight opening mark).
            let after_comma = lead_in
                .trim_end_matches(['\u{201D}', '"', '\''])
                .ends_with(',')
                && !only_intro_before(ctx, &span, attribution_start);
            let (adjunct, ing) =
                remainder_is_adjunct(ctx, &ws, cue.word, after_speaker, sentence_end, &time_spans);
            // (Only after a lead-in that is no clause of its own: "Under the plan, the
            // ministry said, boats would stay", not "Marchal will fly on Thursday, an aide
            // said, a day after ...".)
            let attribution_word =
                ws.partition_point(|w| w.span.start < np_span.start.min(cue.span.start));
            let fragment = attribution_word <= MAX_ASIDE_LEAD
                && !ws[..attribution_word]
                    .iter()
                    .any(|w| crate::speaker_word_at!("auxiliary", ctx.mentions.words, ctx.text, w));
            let aside = fragment
                && ing.is_none()
                && aside_after(ctx, &ws, after_speaker, sentence_end, &time_spans);
            let adjunct = adjunct || aside;
            // After a quotation the quotation is the content, whatever follows the cue.
            if after_quote.is_some() || (after_comma && adjunct) {
                let negated = cue_is_negated(ctx, &ws, cue.word);
                if let Some(q) = after_quote {
                    out.extend(direct_quote(
                        ctx,
                        index,
                        &span,
                        np_span.clone(),
                        &cue.span,
                        q,
                        drafts,
                        negated,
                    ));
                } else {
                    // "The talks, the ministry said, would resume on Friday": an aside
                    // inside the clause it reports; the content runs on after it.
                    let end = if aside {
                        sentence_end
                    } else {
                        lead_in.len() + span.start
                    };
                    let content = trim_quote_marks(ctx.text, trim_span(ctx.text, span.start..end));
                    out.push(make(
                        ctx,
                        index,
                        &span,
                        Some(np_span.clone()),
                        &cue.span,
                        content,
                        Attribution::Indirect,
                        drafts,
                        negated,
                        None,
                    ));
                }
                // ", saying ...": more content from the same speaker.
                if let (Some(k), Some(base)) = (ing, out.last().cloned()) {
                    let is_cue = cues.iter().any(|c| {
                        c.span.start == ws[k].span.start && c.reports(ctx, &ws, &time_spans)
                    });
                    if is_cue {
                        let from = content_start_after(ctx, &ws, k, &time_spans);
                        if let Some(w) = ws.get(from) {
                            let content = trim_span(ctx.text, w.span.start..sentence_end);
                            out.push(Draft {
                                sentence: index,
                                span: span.clone(),
                                cue_span: Some(ws[k].span.clone()),
                                content,
                                attribution: Attribution::Indirect,
                                quote: None,
                                ..base
                            });
                        }
                    }
                }
                // "..., said Ana Rios, who insisted that ...": more from the same speaker.
                if let (None, Some(base)) = (ing, out.last().cloned()) {
                    if let Some((relative, cue_word, content)) = relative_continues(
                        ctx,
                        &ws,
                        after_speaker,
                        &cues,
                        &time_spans,
                        sentence_end,
                    ) {
                        out.push(Draft {
                            sentence: index,
                            span: span.clone(),
                            // The pronoun names the speaker in its clause.
                            speaker_span: Some(ws[relative].span.clone()),
                            cue_span: Some(ws[cue_word].span.clone()),
                            content,
                            attribution: Attribution::Indirect,
                            quote: None,
                            cue_negated: cue_is_negated(ctx, &ws, cue_word),
                            ..base
                        });
                    }
                }
                return out;
            }
        }
    }

    // 2. "according to X": the rest of the sentence is the content.
    if let Some(cue) = cues.iter().find(|c| c.according_to) {
        if let Some(npw) = source_after(ctx, &ws, cue.word + 2) {
            let np_span = speaker_span(ctx, &ws, &npw);
            let content = if ctx.text[span.start..cue.span.start].trim().is_empty() {
                np_span.end..sentence_end
            } else {
                span.start..cue.span.start
            };
            out.push(make(
                ctx,
                index,
                &span,
                Some(np_span),
                &cue.span,
                content,
                Attribution::AccordingTo,
                drafts,
                false,
                None,
            ));
            return out;
        }
    }

    // 2b. A passive with its agent: "The plan was endorsed by the union", "The talks were
    //     first reported by the Courier": the agent speaks, the subject is the content.
    if let Some(d) = passive_by(ctx, index, &span, &ws, &cues, &quotes, drafts) {
        return vec![d];
    }

    // 3. A leading attribution: "[intro,] the ministry said [on Thursday] [that] <content>".
    for cue in cues
        .iter()
        .filter(|c| !c.according_to && c.reports_or_object(ctx, &ws, &time_spans))
    {
        // "The convoy was attacked by gunmen": the subject of a passive is no speaker.
        if passive_with_agent(ctx, &ws, cue.word).is_some() {
            continue;
        }
        let Some(npw) = np_before(ctx, &ws, cue.word) else {
            continue;
        };
        let np_span = speaker_span(ctx, &ws, &npw);
        if cue.by_object(ctx, &ws, &time_spans) && !holds_position(ctx, &np_span, drafts) {
            continue;
        }
        // The trailing reading failed above, so a clause or a description before the
        // speaker and its comma leads in ("A critic of the plan, the senator likened ...",
        // "The bomb went off at noon, and police said ..." is left to the later clauses).
        // A dash sets off the outlet's words the same way ("The debate is predictable -
        // the senator has vowed ..."), and a fronted subordinate clause closed by its comma
        // leads in too ("Back when the talks began, the minister said ...").
        let before = ctx.text[span.start..np_span.start].trim_end();
        let lead_clause = (before.ends_with(',') || ends_with_dash(before))
            && !embed_opens_speaker_clause(ctx, &ws, npw.start);
        let introduced = only_intro_before(ctx, &span, np_span.start)
            || intro_without_comma(ctx, &span, &ws, npw.start);
        if !introduced && !lead_clause {
            continue;
        }
        let from = content_start_after(ctx, &ws, cue.word, &time_spans);
        let Some(first) = ws.get(from) else {
            // "She added:" and the quotation opening the next paragraph.
            if let Some(q) = quote_after_colon(ctx, &cue.span, sentence_end) {
                let negated = cue_is_negated(ctx, &ws, cue.word);
                out.extend(direct_quote(
                    ctx, index, &span, np_span, &cue.span, q, drafts, negated,
                ));
                return out;
            }
            continue;
        };
        // The outlet's own words before a speaker that no introduction leads to stay a
        // claim ("Two people died in the blast, police said 40 were hurt").
        let lead = span.start..np_span.start;
        if !introduced && ctx.mentions.words.within(ctx.text, lead.clone()).len() >= MIN_OWN_WORDS {
            out.push(outlet_draft(ctx, index, &span, lead));
        }
        let negated = cue_is_negated(ctx, &ws, cue.word);
        // "It was announced that ...": a passive names no speaker.
        if impersonal_passive(ctx, &ws, &npw, cue.word) {
            let content = first.span.start..sentence_end;
            out.push(indirect(
                ctx, index, &span, None, &cue.span, content, &quotes, drafts, negated,
            ));
            return out;
        }
        // "He said: “...”" or "He said, “...”": a direct quote.
        if let Some(q) = opening_quote(ctx, &quotes, &cue.span, first) {
            out.extend(direct_quote(
                ctx,
                index,
                &span,
                np_span.clone(),
                &cue.span,
                q,
                drafts,
                negated,
            ));
            return out;
        }
        // A second speaker later in the sentence ("..., but the ministry said ...") may end
        // the first content where its clause opens (`ends_first`).
        let second = embedded(
            ctx,
            index,
            &span,
            &ws,
            &cues,
            &quotes,
            Some(cue.word),
            Some(&np_span),
            &time_spans,
            drafts,
        );
        let end = second
            .as_ref()
            .filter(|(cut, d)| ends_first(ctx, &ws, *cut, d))
            .map_or(sentence_end, |(cut, _)| ws[*cut].span.start);
        let from = cue.content_from(ctx, &ws, &time_spans, first.span.start);
        let content = from..end.max(from);
        out.push(indirect(
            ctx,
            index,
            &span,
            Some(np_span),
            &cue.span,
            content,
            &quotes,
            drafts,
            negated,
        ));
        out.extend(second.map(|(_, d)| d));
        return out;
    }

    // 4. An attribution inside a later clause of a sentence in the outlet's voice: "...,
    //    but Obama said he ...", "where experts say ...", "A judge rejected the request,
    //    saying ...", "Schultz backed Democrats and said ...".
    if cues.iter().all(|c| c.according_to) {
        return out;
    }
    // The subject shares a later cue only when it can speak ("Stocks rose, signaling ..."
    // has no speaker): a named actor, a pronoun or a speaker noun.
    let subject = subject_np(ctx, &span, &ws)
        .map(|w| speaker_span(ctx, &ws, &w))
        .filter(|np| {
            let lws: Vec<String> = ctx
                .mentions
                .words
                .within(ctx.text, np.clone())
                .iter()
                .map(|w| w.text(ctx.text).to_lowercase())
                .collect();
            can_speak(ctx, np, &lws, drafts)
        });
    if let Some((cut, d)) = embedded(
        ctx,
        index,
        &span,
        &ws,
        &cues,
        &quotes,
        None,
        subject.as_ref(),
        &time_spans,
        drafts,
    ) {
        // The outlet's own words stay a claim: the clause before a contrast or a
        // participle ("Norway raised its quota, angering Iceland, which says ..."), else
        // the whole sentence ("The toll rose after a newspaper reported ...").
        let own = if ends_first(ctx, &ws, cut, &d) {
            span.start..ws[cut].span.start
        } else {
            span.clone()
        };
        if ctx.mentions.words.within(ctx.text, own.clone()).len() >= MIN_OWN_WORDS {
            out.push(outlet_draft(ctx, index, &span, own));
        }
        out.push(d);
    }
    out
}

/// "<subject> was <cue> by <agent>": a claim of the agent whose content is the subject, when
/// the passive is the sentence's first cue, its subject the main clause up to it (no comma,
/// no relative pronoun: "The embassy, which was attacked by ..." is no claim), the cue
/// reports words, not an act (`not_passive_cue` in speaker_words.txt: "was attacked by"),
/// and the agent can speak.
fn passive_by(
    ctx: &Ctx,
    index: usize,
    span: &Range<usize>,
    ws: &[Word],
    cues: &[Cue],
    quotes: &[&Quote],
    drafts: &[Draft],
) -> Option<Draft> {
    let lx = lexicon::get();
    // Only the sentence's first cue: "Police said the suspect was questioned by detectives"
    // is the police's claim.
    let cue = cues.first()?;
    if cue.according_to || cue.names_source || cue.word == 0 {
        return None;
    }
    let aux = passive_with_agent(ctx, ws, cue.word)?;
    if aux == 0
        || crate::speaker_word_at!(
            "not_passive_cue",
            ctx.mentions.words,
            ctx.text,
            &ws[cue.word]
        )
    {
        return None;
    }
    let subject = &ws[..aux];
    let plain = subject.windows(2).all(|p| plain_gap(ctx, &p[0], &p[1]))
        && !subject.iter().any(|w| {
            crate::speaker_word_at!("relative", ctx.mentions.words, ctx.text, w)
                || crate::speaker_word_at!("complementizer", ctx.mentions.words, ctx.text, w)
        });
    if !plain {
        return None;
    }
    // The agent is a speaker ("the union", "Lind"), not a cause ("strong earnings",
    // "the blasts"), and ends before a time, a preposition or a linking word.
    let mut agent = source_after(ctx, ws, cue.word + 2)?;
    if let Some(k) = (agent.start + 1..agent.end).find(|&k| {
        in_time(ctx, &ws[k])
            || crate::speaker_word_at!("link", ctx.mentions.words, ctx.text, &ws[k])
            || crate::speaker_word_at!("preposition", ctx.mentions.words, ctx.text, &ws[k])
    }) {
        agent.end = k;
    }
    let (actor, _) = resolve_speaker(ctx, &speaker_span(ctx, ws, &agent), drafts);
    let head = lower(ctx, &ws[agent.end - 1]);
    if actor.kind == ActorKind::Unnamed && !lx.speaker_nouns.contains(head.as_ref()) {
        return None;
    }
    let content = span.start..ws[aux - 1].span.end;
    Some(indirect(
        ctx,
        index,
        span,
        Some(speaker_span(ctx, ws, &agent)),
        &cue.span,
        content,
        quotes,
        drafts,
        false,
    ))
}

/// Word `cue` is a passive with its agent after it ("was first reported by"): the index of
/// its form of "be".
fn passive_with_agent(ctx: &Ctx, ws: &[Word], cue: usize) -> Option<usize> {
    if !crate::speaker_word!("agent", &lower(ctx, ws.get(cue + 1)?)) {
        return None;
    }
    let from = adverbs_before(ctx, ws, cue);
    (from..cue).find(|&k| crate::speaker_word_at!("passive", ctx.mentions.words, ctx.text, &ws[k]))
}

/// The fewest words the outlet's part of a sentence needs to be a claim of its own.
const MIN_OWN_WORDS: usize = 3;

/// Text ending on a dash that stands between clauses: a spaced hyphen, an en or an em dash.
fn ends_with_dash(before: &str) -> bool {
    before.ends_with(['\u{2013}', '\u{2014}']) || before.ends_with(" -") || before.ends_with(" --")
}

/// A word that opens a clause of its own ("and", "but", "when": `embed`) stands before the
/// speaker at word `np` in a way that puts the speaker inside that clause (", and police
/// said ..."): in the speaker's own segment (after the last comma or dash before it), or
/// in an earlier one unless that segment opens the sentence within its first two words, a
/// fronted subordinate clause its comma closes ("Back when the talks began, the minister
/// said").
fn embed_opens_speaker_clause(ctx: &Ctx, ws: &[Word], np: usize) -> bool {
    let breaks = |k: usize| {
        let gap = &ctx.text[ws[k - 1].span.end..ws[k].span.start];
        gap.contains(',') || ends_with_dash(gap.trim_end())
    };
    let own = (1..=np).rev().find(|&k| breaks(k)).unwrap_or(0);
    let embed = |k: usize| crate::speaker_word_at!("embed", ctx.mentions.words, ctx.text, &ws[k]);
    (own..np).any(embed)
        || (0..own)
            .filter(|&k| embed(k))
            .any(|k| k >= 2 || (1..=k).any(breaks))
}

/// The subject of a sentence's main clause when it may be a speaker: the noun phrase after
/// any introductory phrases ("On Monday, a New York judge ..."), as a word range.
fn subject_np(ctx: &Ctx, span: &Range<usize>, ws: &[Word]) -> Option<Range<usize>> {
    let lx = lexicon::get();
    let opens_segment =
        |k: usize| k == 0 || ctx.text[ws[k - 1].span.end..ws[k].span.start].contains(',');
    let start = (0..ws.len()).filter(|&k| opens_segment(k)).find(|&k| {
        let l = lower(ctx, &ws[k]);
        !(crate::speaker_word_at!("intro", ctx.mentions.words, ctx.text, &ws[k])
            || participle(&l)
            || lx.calendar_word(&l))
    })?;
    if !only_intro_before(ctx, span, ws[start].span.start) {
        return None;
    }
    if ctx
        .mentions
        .words
        .in_list(ctx.text, &ws[start], Some(&lx.pronoun_words))
    {
        return Some(start..start + 1);
    }
    if np_stop(ctx, &ws[start]) {
        return None;
    }
    let mut end = start;
    while end < ws.len()
        && end - start < MAX_SPEAKER_WORDS
        && np_word(ctx, &ws[end])
        && (end == start || np_gap(ctx, ws, end - 1))
    {
        end += 1;
    }
    while end > start + 1
        && crate::speaker_word_at!("link", ctx.mentions.words, ctx.text, &ws[end - 1])
    {
        end -= 1;
    }
    // "The claim was made ...": a capitalized determiner is no speaker.
    let head = end.checked_sub(1).filter(|&k| k >= start)?;
    (np_head(ctx, &ws[head])
        && !crate::speaker_word_at!("determiner", ctx.mentions.words, ctx.text, &ws[head]))
    .then_some(start..end)
}

/// The noun phrase that ends right before word `relative` (a "who"), across a comma: a
/// name or a speaker noun with the words that may stand in its phrase.
fn antecedent_np(ctx: &Ctx, ws: &[Word], relative: usize) -> Option<Range<usize>> {
    let end = relative;
    let gap = ctx.text[ws[end - 1].span.end..ws[end].span.start].trim();
    let head = &ws[end - 1];
    // "who" stands for a person, so any noun before it may be the speaker ("an engineer
    // who said"); "which" only for a speaker noun or a name ("the report, which says").
    let person = crate::speaker_word_at!(
        "person_relative",
        ctx.mentions.words,
        ctx.text,
        &ws[relative]
    );
    let noun = |w: &Word| {
        let t = w.text(ctx.text);
        t.chars().all(char::is_alphabetic)
            && !np_stop(ctx, w)
            && !crate::speaker_word!("determiner", &crate::text::lower(t))
    };
    // "data on Monday, which showed ...": a time is no speaker.
    if !(gap.is_empty() || gap == ",")
        || !(np_head(ctx, head) || person && noun(head))
        || in_time(ctx, head)
        || ctx
            .mentions
            .words
            .in_list(ctx.text, head, Some(&lexicon::get().calendar_words))
    {
        return None;
    }
    let mut start = end - 1;
    while start > 0
        && end - start < MAX_SPEAKER_WORDS
        && np_gap(ctx, ws, start - 1)
        && np_word(ctx, &ws[start - 1])
        && !np_stop(ctx, &ws[start - 1])
    {
        start -= 1;
    }
    while start < end - 1 && {
        crate::speaker_word_at!("link", ctx.mentions.words, ctx.text, &ws[start])
            || crate::speaker_word_at!("preposition", ctx.mentions.words, ctx.text, &ws[start])
    } {
        start += 1;
    }
    Some(start..end)
}

/// A further attribution in a sentence, with a cue after word `after`: a speaker in a clause
/// of its own (", but the ministry said ...", "where experts say ..."), or a cue that
/// shares `subject`, the speaker of the clause before (a participle after a comma, "...,
/// saying ...", or a verb joined to the one before, "... and said ..."). Returns the word
/// where the clause before ends, and the draft.
#[allow(clippy::too_many_arguments)]
fn embedded(
    ctx: &Ctx,
    index: usize,
    span: &Range<usize>,
    ws: &[Word],
    cues: &[Cue],
    quotes: &[&Quote],
    after: Option<usize>,
    subject: Option<&Range<usize>>,
    time_spans: &[Range<usize>],
    drafts: &[Draft],
) -> Option<(usize, Draft)> {
    let lx = lexicon::get();
    // The first word a clause opener may stand at.
    let opener_from = after.map_or(0, |a| a + 1);
    for cue in cues
        .iter()
        .filter(|c| !c.according_to && after.is_none_or(|a| c.word > a) && c.word > 0)
        .filter(|c| c.reports_or_object(ctx, ws, time_spans))
    {
        // The speaker's own clause opens on a word ("but the ministry said") or after a
        // semicolon ("...; supporters said"); the first content ends there (`cut`).
        let own = np_before(ctx, ws, cue.word).and_then(|mut npw| {
            while npw.start + 1 < npw.end
                && crate::speaker_word_at!("embed", ctx.mentions.words, ctx.text, &ws[npw.start])
            {
                npw.start += 1;
            }
            if npw.start <= opener_from {
                None
            } else if crate::speaker_word_at!(
                "embed",
                ctx.mentions.words,
                ctx.text,
                &ws[npw.start - 1]
            ) {
                Some((npw.clone(), npw.start - 1))
            } else {
                semicolon_before(ctx, ws, npw.start).then(|| (npw.clone(), npw.start))
            }
        });
        // Adverbs may stand between the clause's opener and the cue (", even suggesting",
        // "but has said").
        let adverbs_from = adverbs_before(ctx, ws, cue.word);
        let participle = participle(&ctx.text[cue.span.clone()])
            && adverbs_from > 0
            && ctx.text[ws[adverbs_from - 1].span.end..ws[adverbs_from].span.start].contains(',');
        // "Trump, who says he is honored", "an architect who said he was stiffed", "the
        // government, which has strongly denied it": the actor is the noun phrase the
        // relative pronoun follows, and the pronoun names it in its clause, as "he" would.
        // ("The ministry, which was criticized by unions": a passive, no speaker.)
        let relative = adverbs_from.checked_sub(1).filter(|&r| {
            own.is_none()
                && r >= 1
                && r > opener_from
                && crate::speaker_word_at!("relative", ctx.mentions.words, ctx.text, &ws[r])
                && !ws[r + 1..cue.word]
                    .iter()
                    .any(|w| crate::speaker_word_at!("passive", ctx.mentions.words, ctx.text, w))
        });
        let antecedent = relative.and_then(|r| antecedent_np(ctx, ws, r));
        let relative_span = antecedent
            .as_ref()
            .and(relative)
            .map(|r| ws[r].span.clone());
        let (speaker, cut) = match (own, antecedent, subject) {
            (Some((npw, cut)), _, _) => (speaker_span(ctx, ws, &npw), cut),
            (None, Some(npw), _) => (
                speaker_span(ctx, ws, &npw),
                relative.unwrap_or(cue.word - 1),
            ),
            (None, None, Some(subject)) if participle => (subject.clone(), adverbs_from),
            // ("and were being questioned" is a passive, not the subject speaking again.)
            (None, None, Some(subject))
                if adverbs_from > opener_from + 1
                    && crate::speaker_word_at!(
                        "coordinate",
                        ctx.mentions.words,
                        ctx.text,
                        &ws[adverbs_from - 1]
                    )
                    && !ws[adverbs_from..cue.word].iter().any(|w| {
                        crate::speaker_word_at!("passive", ctx.mentions.words, ctx.text, w)
                    }) =>
            {
                (subject.clone(), adverbs_from - 1)
            }
            _ => continue,
        };
        // (A stance verb's object in a subordinate or relative clause is background, not
        // the position the sentence reports: "As he welcomed the guests, Scott ...", "after
        // it backed Clinton", "Rios, who opposed the levy, ...".)
        let subordinate = cut < cue.word && {
            crate::speaker_word_at!("subordinator", ctx.mentions.words, ctx.text, &ws[cut])
                || crate::speaker_word_at!("relative", ctx.mentions.words, ctx.text, &ws[cut])
        };
        if cue.by_object(ctx, ws, time_spans)
            && (subordinate || !holds_position(ctx, &speaker, drafts))
        {
            continue;
        }
        // "Markos said ..., but he did not say ...": a pronoun in the later clause stands
        // for the speaker of the first when it can.
        // (A person named in between is nearer: "Petrov said Lind was right when she said".)
        let same_speaker = subject.filter(|main| {
            let l = ctx.mentions.words.lower(ctx.text, speaker.clone());
            let between = ctx
                .mentions
                .last_before(speaker.start, |m| matches!(m.kind, MentionKind::Person(_)))
                .is_some_and(|m| m.span.start >= main.end);
            !between
                && lx.pronouns.get(l.as_ref()).is_some_and(|kind| {
                    let (_, person) = resolve_speaker(ctx, main, drafts);
                    (*kind == PronounKind::Person) == person.is_some()
                })
        });
        let from = content_start_after(ctx, ws, cue.word, time_spans);
        let first = ws.get(from)?;
        let negated = cue_is_negated(ctx, ws, cue.word);
        let with_speaker = |mut d: Draft| {
            if let Some(main) = same_speaker {
                (d.actor, d.person) = resolve_speaker(ctx, main, drafts);
            }
            if relative_span.is_some() {
                d.speaker_span.clone_from(&relative_span);
            }
            d
        };
        // "..., saying, “...”": a direct quote.
        if let Some(q) = opening_quote(ctx, quotes, &cue.span, first) {
            let d = direct_quote(ctx, index, span, speaker, &cue.span, q, drafts, negated);
            return d.into_iter().next().map(|d| (cut, with_speaker(d)));
        }
        let from = cue.content_from(ctx, ws, time_spans, first.span.start);
        let content = from..span.end;
        let d = indirect(
            ctx,
            index,
            span,
            Some(speaker),
            &cue.span,
            content,
            quotes,
            drafts,
            negated,
        );
        return Some((cut, with_speaker(d)));
    }
    None
}
