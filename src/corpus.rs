//! Corpus mode: a stream of articles (JSONL) grouped into stories, each story compared on
//! its own as soon as it is complete.
//!
//! A story is a run of articles that share a *route* — where the report was filed (the
//! country of its dateline city, else the city: "@norway", "@tbilisi"), else the
//! participant its claims name most often ("lavrov", "united states") — and follow each
//! other within a time window. The route depends on the article alone, so a story can be
//! routed by it: `--shard i/n` keeps the routes whose hash falls in shard `i`, and the
//! shards of one input partition its stories exactly.
//!
//! Memory stays bounded for a feed in publication order: a story is closed (compared,
//! written, dropped) when an article of its route comes after the window, when it
//! reaches `max_story` articles, when the stream has moved past its window (the latest
//! publication date seen is more than the window after the story's last article, and the
//! story took no article in the last batch), or at the end of the input.

use crate::article::RefTime;
use crate::claims::ActorKind;
use crate::Extracted;
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::str::FromStr;

/// Lines read and extracted together in corpus mode: the unit of parallel work, and the
/// points at which complete stories are compared and written. Fixed, so that the output
/// does not depend on the number of threads.
pub const BATCH: usize = 512;

/// Batches an undated story may go without a new article before it is closed.
pub const UNDATED_IDLE_BATCHES: u64 = 4;

/// How articles are grouped.
#[derive(Debug, Clone)]
pub struct Grouping {
    /// Days an article may come after the last one of its story and still belong to it.
    pub window_days: i64,
    /// The most articles one story holds; the next article of its route opens another.
    pub max_story: usize,
}

impl Default for Grouping {
    fn default() -> Self {
        Grouping {
            window_days: 3,
            max_story: 100,
        }
    }
}

/// One shard of `count`: `index` is 0-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: u64,
    pub count: u64,
}

impl FromStr for Shard {
    type Err = String;

    /// `i/n` with `0 <= i < n`.
    fn from_str(s: &str) -> Result<Shard, String> {
        let bad = || format!("--shard {s:?}: expected i/n with 0 <= i < n (e.g. 0/4)");
        let (i, n) = s.split_once('/').ok_or_else(bad)?;
        let index: u64 = i.trim().parse().map_err(|_| bad())?;
        let count: u64 = n.trim().parse().map_err(|_| bad())?;
        if count == 0 || index >= count {
            return Err(bad());
        }
        Ok(Shard { index, count })
    }
}

impl Shard {
    /// Whether a story with this routing key belongs to the shard.
    pub fn holds(&self, route: &str) -> bool {
        route_hash(route) % self.count == self.index
    }
}

/// A stable 64-bit hash (FNV-1a) of a routing key: the same on every machine and run.
pub fn route_hash(key: &str) -> u64 {
    crate::fnv1a(key.bytes())
}

/// The story signature of an article: the canonical key of the participant its claims
/// name most often (ties: the smaller key), else of the actor who speaks most often
/// (outlets and unnamed sources aside). `None` when the article names nobody.
pub fn signature(x: &Extracted) -> Option<String> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &x.claims {
        if c.proposition.participants_inherited {
            continue;
        }
        for p in &c.proposition.participants {
            *counts.entry(p.key.as_str()).or_default() += 1;
        }
    }
    if counts.is_empty() {
        let mut speakers: BTreeMap<String, usize> = BTreeMap::new();
        for c in &x.claims {
            if !matches!(c.actor.kind, ActorKind::Outlet | ActorKind::Unnamed) {
                *speakers.entry(c.actor.name.to_lowercase()).or_default() += 1;
            }
        }
        return best(speakers.iter().map(|(k, n)| (k.as_str(), *n))).map(str::to_string);
    }
    best(counts.into_iter()).map(str::to_string)
}

/// The key with the highest count; among equal counts the first (keys come sorted).
fn best<'a>(counts: impl Iterator<Item = (&'a str, usize)>) -> Option<&'a str> {
    let mut top: Option<(&str, usize)> = None;
    for (k, n) in counts {
        if top.is_none_or(|(_, m)| n > m) {
            top = Some((k, n));
        }
    }
    top.map(|(k, _)| k)
}

/// The route of an article: where it was filed, else its signature, else (a story of its
/// own) its id.
pub fn route(x: &Extracted) -> String {
    place_of(x)
        .or_else(|| signature(x))
        .unwrap_or_else(|| format!("~{}", x.analysis.article.id))
}

/// Where a wire report was filed: the country its dateline names (its city as a seat of
/// government, "TBILISI, Oct 27 (Harbor Wire) -", or the country after the city, "BERGEN,
/// Norway, March 10"), else the city. Reports of one event from different outlets
/// share it more often than anything else they name.
pub fn place_of(x: &Extracted) -> Option<String> {
    crate::claims::dateline_place_country(&x.analysis)
        .map(|c| c.to_lowercase())
        .or_else(|| crate::claims::dateline_city(&x.analysis))
        .map(|p| format!("@{p}"))
}

/// The date an article is placed at: its publication time, else the `--date` fallback.
pub fn date_of(x: &Extracted) -> Option<NaiveDate> {
    x.analysis.reference.map(|r: RefTime| r.date)
}

/// A complete story: its key and its articles in input order (claims re-numbered so that
/// `claim.article` is the place in `articles`).
#[derive(Debug)]
pub struct Story {
    /// `<route>|<first date or "undated">|<first article id>`: stable for an input.
    pub key: String,
    /// The place of its first article in the input (stories are written in this order
    /// among those completed together).
    pub first: usize,
    pub articles: Vec<Extracted>,
}

struct Open {
    story: Story,
    last_date: Option<NaiveDate>,
    /// The batch in which it last took an article.
    last_batch: u64,
}

/// Groups a stream of extracted articles into stories. Feed articles in input order with
/// `push`, call `end_batch` after each batch, and take the stories completed so far with
/// `take_closed`; `finish` closes the rest.
pub struct Grouper {
    grouping: Grouping,
    open: BTreeMap<String, Open>,
    closed: Vec<Story>,
    watermark: Option<NaiveDate>,
    batch: u64,
    seen: usize,
}

impl Grouper {
    pub fn new(grouping: Grouping) -> Grouper {
        Grouper {
            grouping,
            open: BTreeMap::new(),
            closed: Vec::new(),
            watermark: None,
            batch: 0,
            seen: 0,
        }
    }

    /// Notes the date of an article read, whether or not it is pushed (a shard sees every
    /// article's date, so it closes stories when the whole run does).
    pub fn observe(&mut self, date: Option<NaiveDate>) {
        if let Some(d) = date {
            self.watermark = Some(self.watermark.map_or(d, |w| w.max(d)));
        }
    }

    /// Adds the next article of the input, whose route is `route`.
    pub fn push(&mut self, route: String, mut x: Extracted) {
        let place = self.seen;
        self.seen += 1;
        let date = date_of(&x);
        self.observe(date);
        let window = self.grouping.window_days;
        let fits = |o: &Open| {
            o.story.articles.len() < self.grouping.max_story
                && match (o.last_date, date) {
                    (Some(last), Some(d)) => (d - last).num_days() <= window,
                    _ => true,
                }
        };
        let joins = !route.starts_with('~') && self.open.get(&route).is_some_and(fits);
        if !joins {
            if let Some(done) = self.open.remove(&route) {
                self.closed.push(done.story);
            }
            let key = format!(
                "{}|{}|{}",
                route,
                date.map_or("undated".to_string(), |d| d.to_string()),
                x.analysis.article.id
            );
            self.open.insert(
                route.clone(),
                Open {
                    story: Story {
                        key,
                        first: place,
                        articles: Vec::new(),
                    },
                    last_date: None,
                    last_batch: self.batch,
                },
            );
        }
        let Some(o) = self.open.get_mut(&route) else {
            return;
        };
        let index = o.story.articles.len();
        for c in &mut x.claims {
            c.article = index;
        }
        o.story.articles.push(x);
        o.last_batch = self.batch;
        if let Some(d) = date {
            o.last_date = Some(o.last_date.map_or(d, |l| l.max(d)));
        }
        if route.starts_with('~') {
            if let Some(done) = self.open.remove(&route) {
                self.closed.push(done.story);
            }
        }
    }

    /// Ends a batch: closes the stories the stream has moved past.
    pub fn end_batch(&mut self) {
        let (watermark, window, batch) = (self.watermark, self.grouping.window_days, self.batch);
        let stale: Vec<String> = self
            .open
            .iter()
            .filter(|(_, o)| {
                let passed = match (o.last_date, watermark) {
                    (Some(l), Some(w)) => (w - l).num_days() > window,
                    // Undated: the story closes once it has taken nothing for a while.
                    (None, _) => batch - o.last_batch >= UNDATED_IDLE_BATCHES,
                    (Some(_), None) => false,
                };
                o.last_batch < batch && passed
            })
            .map(|(k, _)| k.clone())
            .collect();
        for k in stale {
            if let Some(o) = self.open.remove(&k) {
                self.closed.push(o.story);
            }
        }
        self.batch += 1;
    }

    /// Ends a batch and returns the stories complete after it (all of them at the end of
    /// the input).
    pub fn complete(&mut self, end_of_input: bool) -> Vec<Story> {
        self.end_batch();
        if end_of_input {
            self.finish()
        } else {
            self.take_closed()
        }
    }

    /// The stories completed since the last call, in the order of their first article.
    pub fn take_closed(&mut self) -> Vec<Story> {
        let mut done = std::mem::take(&mut self.closed);
        done.sort_by_key(|s| s.first);
        done
    }

    /// Closes every open story; returns all stories not yet taken.
    pub fn finish(&mut self) -> Vec<Story> {
        let open = std::mem::take(&mut self.open);
        self.closed.extend(open.into_values().map(|o| o.story));
        self.take_closed()
    }

    /// Stories open now.
    pub fn open_stories(&self) -> usize {
        self.open.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{parse_reference_date, Article};

    fn article(id: &str, date: &str, body: &str) -> Extracted {
        let mut a = Article::bare(id, id, body.to_string());
        a.published = parse_reference_date(date);
        a.paragraphs = std::iter::once(0..body.len()).collect();
        crate::extract(a, None, 0)
    }

    const KERRY: &str = "Secretary of State John Kerry will meet Foreign Minister Sergei Lavrov \
                         in Geneva on Friday, the State Department said.";
    const STRIKE: &str =
        "Dock workers in Valdora will strike for 48 hours from Monday, union leader Ines Caro said.";

    #[test]
    fn shards_parse_and_route_stably() {
        assert_eq!("1/4".parse::<Shard>(), Ok(Shard { index: 1, count: 4 }));
        for bad in ["4/4", "1", "a/b", "0/0", "-1/3"] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
        // FNV-1a of the empty string and of "a" (published test vectors).
        assert_eq!(route_hash(""), 0xcbf29ce484222325);
        assert_eq!(route_hash("a"), 0xaf63dc4c8601ec8c);
        let held: Vec<u64> = (0..3)
            .filter(|i| {
                Shard {
                    index: *i,
                    count: 3,
                }
                .holds("lavrov")
            })
            .collect();
        assert_eq!(held.len(), 1, "exactly one shard holds a route");
    }

    #[test]
    fn signature_is_the_most_named_participant() {
        let x = article("a", "2016-09-08", KERRY);
        let sig = signature(&x).expect("a signature");
        assert!(["kerry", "lavrov"].contains(&sig.as_str()), "{sig}");
        // Nobody named in the content: the speaker stands in.
        let spoken = article(
            "c",
            "2016-09-08",
            "The harvest will be late this year, Agriculture Minister Jon Berg said.",
        );
        assert_eq!(signature(&spoken).as_deref(), Some("jon berg"));
        let none = article("b", "2016-09-08", "It rained all day.");
        assert_eq!(signature(&none), None);
        assert_eq!(route(&none), "~b");
    }

    #[test]
    fn the_dateline_routes_before_the_participants() {
        let filed = article(
            "d",
            "2021-10-27",
            "TBILISI, Oct 27 (Harbor Wire) - Governor Levan Ortashvili said the bank would decide on Thursday.",
        );
        let place = place_of(&filed).expect("a dateline");
        // Tbilisi is Georgia's seat of government in countries.txt.
        assert_eq!(place, "@georgia");
        assert_eq!(route(&filed), place);
        let unknown = article(
            "e",
            "2021-10-27",
            "PORTO AMENO, Oct 27 (Harbor Wire) - Counting went on through the night, officials said.",
        );
        assert_eq!(route(&unknown), "@porto ameno");
        // A country after a city that is no seat of government.
        let named = article(
            "f",
            "2021-10-27",
            "KUTAISI, Georgia, Oct 27 (Harbor Wire) - Governor Levan Ortashvili said the bank would decide on Thursday.",
        );
        assert_eq!(route(&named), "@georgia");
    }

    #[test]
    fn stories_group_by_signature_within_the_window() {
        let mut g = Grouper::new(Grouping::default());
        let items = [
            article("k1", "2016-09-08", KERRY),
            article("s1", "2016-09-08", STRIKE),
            article("k2", "2016-09-09", KERRY),
            article("k3", "2016-09-20", KERRY),
        ];
        for x in items {
            let r = route(&x);
            g.push(r, x);
        }
        // k3 comes 11 days after k2: the first Kerry story closes when it arrives.
        let closed = g.take_closed();
        assert_eq!(closed.len(), 1);
        let ids: Vec<&str> = closed[0]
            .articles
            .iter()
            .map(|x| x.analysis.article.id.as_str())
            .collect();
        assert_eq!(ids, ["k1", "k2"]);
        assert!(
            closed[0].key.ends_with("|2016-09-08|k1"),
            "{}",
            closed[0].key
        );
        // Claims are numbered by their place in the story.
        assert!(closed[0].articles[1].claims.iter().all(|c| c.article == 1));
        let rest = g.finish();
        let firsts: Vec<usize> = rest.iter().map(|s| s.first).collect();
        assert_eq!(
            firsts,
            [1, 3],
            "the strike story, then the second Kerry story"
        );
    }

    #[test]
    fn the_stream_moving_on_closes_idle_stories() {
        let mut g = Grouper::new(Grouping::default());
        let k = article("k1", "2016-09-08", KERRY);
        g.push(route(&k), k);
        g.end_batch();
        assert_eq!(g.open_stories(), 1);
        let s = article("s1", "2016-09-15", STRIKE);
        g.push(route(&s), s);
        g.end_batch();
        let closed = g.take_closed();
        assert_eq!(
            closed.len(),
            1,
            "the Kerry story is a week behind the stream"
        );
        assert_eq!(closed[0].articles[0].analysis.article.id, "k1");
        assert_eq!(g.open_stories(), 1);
    }

    #[test]
    fn an_undated_story_closes_when_idle() {
        let mut g = Grouper::new(Grouping::default());
        let mut undated = article("u1", "2016-09-08", KERRY);
        undated.analysis.reference = None;
        g.push(route(&undated), undated);
        for _ in 0..UNDATED_IDLE_BATCHES {
            g.end_batch();
            assert_eq!(g.open_stories(), 1);
        }
        g.end_batch();
        assert_eq!(g.open_stories(), 0);
        assert_eq!(g.take_closed()[0].articles[0].analysis.article.id, "u1");
    }

    #[test]
    fn a_full_story_makes_room_for_the_next() {
        let mut g = Grouper::new(Grouping {
            window_days: 3,
            max_story: 2,
        });
        for id in ["k1", "k2", "k3"] {
            let x = article(id, "2016-09-08", KERRY);
            g.push(route(&x), x);
        }
        let closed = g.take_closed();
        assert_eq!(closed.len(), 1);
        assert_eq!(closed[0].articles.len(), 2);
        assert_eq!(g.finish()[0].articles.len(), 1);
    }
}
