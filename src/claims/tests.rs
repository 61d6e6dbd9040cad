//! Attribution, actor, stance and proposition rules, each on a short text of its own.

use super::*;
use crate::article::{parse_reference_date, Article};
use crate::extract;

fn claims(text: &str) -> Vec<Claim> {
    let article = Article::from_text("t", "t.txt", format!("Headline\n\n{text}\n"));
    extract(article, parse_reference_date("2016-09-08"), 0).claims
}

/// The claim whose content contains `needle`.
fn find<'a>(cs: &'a [Claim], needle: &str) -> &'a Claim {
    cs.iter()
        .find(|c| c.content_text.contains(needle))
        .unwrap_or_else(|| {
            panic!(
                "no claim with {needle:?} in {:#?}",
                cs.iter().map(|c| &c.content_text).collect::<Vec<_>>()
            )
        })
}

/// The claim whose content is exactly `text`.
#[track_caller]
fn exactly<'a>(cs: &'a [Claim], text: &str) -> &'a Claim {
    cs.iter()
        .find(|c| c.content_text == text)
        .unwrap_or_else(|| {
            panic!(
                "no claim {text:?} in {:#?}",
                cs.iter().map(|c| &c.content_text).collect::<Vec<_>>()
            )
        })
}

/// Every claim of `text` is in the outlet's own voice.
#[track_caller]
fn assert_unattributed(text: &str) {
    let cs = claims(text);
    assert!(
        cs.iter()
            .all(|c| c.attribution == Attribution::Unattributed),
        "{text}: {:?}",
        cs.iter()
            .map(|c| (&c.speaker, &c.content_text))
            .collect::<Vec<_>>()
    );
}

#[test]
fn trailing_indirect_attribution_with_statement_time() {
    let cs = claims(
        "The ceasefire will begin on Monday, the Turkish Defence Ministry said on Thursday.",
    );
    let c = find(&cs, "ceasefire will begin");
    assert_eq!(c.attribution, Attribution::Indirect);
    assert_eq!(c.actor.name, "Turkish Defence Ministry");
    assert_eq!(c.cue.as_deref(), Some("said"));
    assert_eq!(c.content_text, "The ceasefire will begin on Monday");
    assert_eq!(
        c.stated_at.date.map(|d| d.to_string()).as_deref(),
        Some("2016-09-08")
    );
    assert_eq!(
        c.event_time.date.map(|d| d.to_string()).as_deref(),
        Some("2016-09-12")
    );
    assert_eq!(c.proposition.predicate.as_deref(), Some("ceasefire"));
    assert_eq!(c.modality, Modality::Future);
}

#[test]
fn leading_attribution_after_an_introductory_phrase() {
    let cs =
        claims("On Tuesday, the French Foreign Ministry said that Paris would host the talks.");
    let c = find(&cs, "Paris would host");
    assert_eq!(c.attribution, Attribution::Indirect);
    assert_eq!(c.actor.name, "French Foreign Ministry");
    assert_eq!(c.stated_at.text.as_deref(), Some("Tuesday"));
    assert_eq!(c.content_text, "Paris would host the talks");
}

#[test]
fn spokesman_speaks_for_his_department_and_he_refers_back() {
    let cs = claims(
        "\u{201C}We have no plans for a visit,\u{201D} State Department spokeswoman Jane Doe told reporters.\n\n\u{201C}That may change,\u{201D} she added.",
    );
    let first = find(&cs, "no plans for a visit");
    assert_eq!(first.attribution, Attribution::DirectQuote);
    assert_eq!(first.actor.name, "US State Department");
    assert_eq!(
        first.speaker.as_deref(),
        Some("State Department spokeswoman Jane Doe")
    );
    assert_eq!(first.stance, Stance::Negative);
    let second = find(&cs, "That may change");
    assert_eq!(second.speaker.as_deref(), Some("she"));
    assert_eq!(second.actor.name, "US State Department");
}

#[test]
fn unnamed_official_resolves_to_the_body_mentioned_before() {
    let cs = claims(
        "The Egyptian Foreign Ministry confirmed the visit on Monday.\n\n\u{201C}The envoy arrives tomorrow. We cannot give the hour,\u{201D} a ministry official said.",
    );
    let a = find(&cs, "The envoy arrives tomorrow");
    let b = find(&cs, "We cannot give the hour");
    for c in [a, b] {
        assert_eq!(c.actor.name, "Egyptian Foreign Ministry");
        assert_eq!(c.speaker.as_deref(), Some("a ministry official"));
        assert_eq!(c.attribution, Attribution::DirectQuote);
    }
    // The quotation runs over two sentences: one claim for the whole of it.
    assert_eq!(a.id, b.id);
    assert!(a
        .content_text
        .contains("arrives tomorrow. We cannot give the hour"));
    assert_eq!(a.sentence_index, 2);
}

#[test]
fn inverted_speaker_after_the_cue() {
    let cs = claims("\u{201C}The road is closed,\u{201D} said Maria Lopez, a local resident.");
    let c = find(&cs, "road is closed");
    assert_eq!(c.attribution, Attribution::DirectQuote);
    assert_eq!(c.speaker.as_deref(), Some("Maria Lopez"));
    assert_eq!(c.actor.kind, ActorKind::Person);
}

#[test]
fn according_to_names_the_source() {
    let cs = claims("At least 30 people were killed, according to hospital officials.");
    let c = find(&cs, "were killed");
    assert_eq!(c.attribution, Attribution::AccordingTo);
    assert_eq!(c.speaker.as_deref(), Some("hospital officials"));
    assert_eq!(c.proposition.quantities[0].value, 30.0);
    assert_eq!(c.proposition.quantities[0].bound, crate::text::Bound::Lower);
}

#[test]
fn capitals_speak_for_their_governments() {
    let cs = claims("Troops will leave the border next month, Moscow said.");
    assert_eq!(find(&cs, "Troops will leave").actor.name, "Russia");
    assert_eq!(
        find(&cs, "Troops will leave").actor.kind,
        ActorKind::Country
    );
}

#[test]
fn outlet_voice_is_unattributed() {
    let cs = claims("The two sides met for three hours in Vienna.");
    let c = find(&cs, "two sides met");
    assert_eq!(c.attribution, Attribution::Unattributed);
    assert_eq!(c.actor.kind, ActorKind::Outlet);
    assert_eq!(c.speaker, None);
}

#[test]
fn negation_scope_and_negated_cues() {
    let cs = claims(
        "The agency said the minister would not travel to Cairo.\n\nThe agency did not confirm that the minister would travel to Cairo.\n\nThe agency said it was not true that the minister would not travel.",
    );
    assert_eq!(
        find(&cs, "would not travel to Cairo").stance,
        Stance::Negative
    );
    assert_eq!(find(&cs, "would travel to Cairo").stance, Stance::Neutral);
    // Double negation asserts the event.
    assert_eq!(find(&cs, "it was not true").stance, Stance::Positive);
}

#[test]
fn an_event_in_a_relative_clause_takes_no_stance() {
    let cs = claims(
        "\u{201C}I will serve all citizens, including those who did not vote for me,\u{201D} President Lina Vos said.\n\nThe minister said the rebels, who have not met the envoy, would meet him on Friday.\n\nThe minister said the envoy would not meet the rebels.",
    );
    assert_eq!(find(&cs, "did not vote").stance, Stance::Neutral);
    // A relative clause before another clause's event word leaves that word's stance.
    assert_eq!(find(&cs, "would meet him").stance, Stance::Positive);
    assert_eq!(find(&cs, "would not meet").stance, Stance::Negative);
}

#[test]
fn a_quotation_inside_a_quotation_keeps_the_speaker() {
    let cs = claims(
        "\"The \u{201C}peace plan\u{201D} is dead. We will fight on,\" Foreign Minister Ana Ruiz said on Tuesday.",
    );
    for needle in ["is dead", "We will fight on"] {
        let c = find(&cs, needle);
        assert_eq!(c.attribution, Attribution::DirectQuote, "{needle}");
        assert_eq!(c.speaker_person.as_deref(), Some("Ana Ruiz"), "{needle}");
    }
}

#[test]
fn a_contrast_rejects_a_name_not_the_event() {
    let cs = claims(
        "\u{201C}What we saw was not an election but a theft,\u{201D} opposition leader Karim Renner said.\n\nThe minister said there would not be a meeting, but talks could follow.",
    );
    assert_eq!(find(&cs, "not an election but").stance, Stance::Neutral);
    // A "but" in the next clause leaves the negation as it is.
    assert_eq!(find(&cs, "would not be a meeting").stance, Stance::Negative);
    // Two acts set against each other keep the negation.
    let cs = claims("Officials said John Kerry will not meet Lavrov but will call him.");
    assert_eq!(find(&cs, "will not meet").stance, Stance::Negative);
}

#[test]
fn negative_predicates_count_as_negation() {
    let cs = claims("The ministry ruled out a meeting with the rebels, officials said.\n\nThe ministry said it was not worthwhile to meet the rebels.");
    assert_eq!(find(&cs, "ruled out a meeting").stance, Stance::Negative);
    assert_eq!(find(&cs, "not worthwhile").stance, Stance::Negative);
    // A negative reporting verb asserts the opposite of what it reports; two negations
    // cancel.
    let cs = claims(
        "The ministry denied that talks took place on Friday.

The army denied that no shells fell on the town.",
    );
    let c = find(&cs, "talks took place");
    assert_eq!(c.cue.as_deref(), Some("denied"));
    assert_eq!(c.stance, Stance::Negative);
    assert_eq!(find(&cs, "no shells fell").stance, Stance::Positive);
}

#[test]
fn modality_classes() {
    let cs = claims(
        "Officials said the two leaders could meet in Rome.\n\nOfficials said the leaders were willing to meet if the fighting stops.\n\nOfficials said the two leaders met in Rome.",
    );
    assert_eq!(find(&cs, "could meet").modality, Modality::Possible);
    assert_eq!(find(&cs, "willing to meet").modality, Modality::Conditional);
    assert_eq!(
        find(&cs, "leaders met in Rome").modality,
        Modality::Asserted
    );
}

#[test]
fn participants_and_counterpart() {
    let cs = claims(
        "Indian Prime Minister Arun Mehta will meet Pakistani Prime Minister Karim Shah in Dubai, his office said.\n\nThe office said Mehta did not plan to meet his Pakistani counterpart again.",
    );
    let a = find(&cs, "will meet");
    let names: Vec<_> = a
        .proposition
        .participants
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["Arun Mehta", "Karim Shah"]);
    assert_eq!(a.proposition.location.as_deref(), Some("Dubai"));
    let b = find(&cs, "did not plan");
    let keys: Vec<_> = b
        .proposition
        .participants
        .iter()
        .map(|p| p.key.as_str())
        .collect();
    assert_eq!(keys, ["mehta", "shah"]);
}

#[test]
fn definite_event_takes_participants_from_before() {
    let cs = claims("Officials said Arun Mehta and Karim Shah will meet in Dubai.\n\n\u{201C}The meeting will be on Friday,\u{201D} an official said.");
    let c = find(&cs, "The meeting will be");
    assert!(c.proposition.participants_inherited);
    assert_eq!(c.proposition.participants.len(), 2);
    assert_eq!(
        c.event_time.date.map(|d| d.to_string()).as_deref(),
        Some("2016-09-09")
    );
}

#[test]
fn embedded_reporting_verb_is_not_an_attribution() {
    // "whom" opens no speaker's clause: "The man, whom police described as a suspect, said
    // he was innocent" is the man's claim, not the police's.
    assert_unattributed("Rebels hold the city, whom Washington believes must leave.");
}

#[test]
fn claim_ids_and_spans_point_into_the_text() {
    let text = "The bridge reopened, police said. It was closed for a week, they said.";
    let article = Article::from_text("t", "t.txt", text.to_string());
    let x = extract(article, None, 0);
    for c in &x.claims {
        assert!(c.id.starts_with("t#"));
        assert_eq!(
            &x.analysis.article.text[c.content_span.clone()],
            c.content_text
        );
        if let Some(s) = &c.speaker_span {
            assert_eq!(
                Some(&x.analysis.article.text[s.clone()]),
                c.speaker.as_deref()
            );
        }
    }
    assert_eq!(x.claims[0].actor.name, "police");
    assert_eq!(x.claims[1].actor.name, "police");
}

#[test]
fn contracted_pronoun_is_a_speaker_and_refers_back() {
    let cs = claims(
        "Ana Lind said the bridge would reopen in May.\n\nShe\u{2019}s warning that the repairs could cost more.",
    );
    let c = find(&cs, "repairs could cost more");
    assert_eq!(c.attribution, Attribution::Indirect);
    assert_eq!(c.speaker.as_deref(), Some("She"));
    assert_eq!(c.speaker_person.as_deref(), Some("Ana Lind"));
    // A possessive noun before a noun-like cue stays no speaker.
    let cs = claims("The mayor's plan would cut bus fares.");
    assert_eq!(
        find(&cs, "bus fares").attribution,
        Attribution::Unattributed
    );
}

#[test]
fn place_after_an_introductory_phrase_and_adverb_before_the_cue() {
    let cs = claims(
        "Speaking at a rally in Tampere, Finland, Ana Lind says the bridge will reopen in May.",
    );
    let c = find(&cs, "bridge will reopen");
    assert_eq!(c.actor.name, "Ana Lind");
    let cs = claims("Lind now says the bridge will reopen in June.");
    let c = find(&cs, "reopen in June");
    assert_eq!(c.speaker.as_deref(), Some("Lind"));
    // A one-word name keeps its capital; a sentence-initial article makes no name.
    assert_eq!(c.actor.name, "Lind");
    let cs = claims("A source familiar with the talks said the bridge would reopen.");
    assert_eq!(
        find(&cs, "bridge would reopen").actor.kind,
        ActorKind::Unnamed
    );
}

#[test]
fn sentence_initial_common_nouns_are_no_names() {
    // Neither "critics" nor "media" is a speaker noun: the capital rule decides, at the
    // start of a paragraph and after a sentence.
    let cs = claims("Critics said the bridge would never reopen.");
    assert_eq!(find(&cs, "never reopen").actor.kind, ActorKind::Unnamed);
    let cs = claims("The ferry sank. Local media reported that the bridge had closed.");
    assert_eq!(
        find(&cs, "bridge had closed").actor.kind,
        ActorKind::Unnamed
    );
    // A one-word name stays a name at the start of a sentence.
    let cs = claims("Lind said the bridge would reopen.");
    assert_eq!(find(&cs, "bridge would reopen").actor.name, "Lind");
    // A speaker right after an introductory phrase.
    let cs = claims("After the talks, Lind said the bridge would reopen.");
    assert_eq!(
        find(&cs, "bridge would reopen").speaker.as_deref(),
        Some("Lind")
    );
}

#[test]
fn a_second_speaker_in_a_clause_of_its_own() {
    let cs = claims("Police said 40 people died, but the health ministry said the toll was 60.");
    let first = find(&cs, "40 people died");
    assert_eq!(first.actor.name, "Police");
    assert_eq!(first.content_text, "40 people died");
    let second = find(&cs, "the toll was 60");
    assert_eq!(second.attribution, Attribution::Indirect);
    assert_eq!(second.speaker.as_deref(), Some("the health ministry"));
    assert_eq!(second.content_text, "the toll was 60");
    // A subordinate clause stays inside the first content and is a claim of its own too.
    let cs = claims("Ivan Petrov said Maria Lind was right when she said the dam was unsafe.");
    let first = find(&cs, "Maria Lind was right");
    assert_eq!(first.actor.name, "Ivan Petrov");
    assert!(first.content_text.ends_with("the dam was unsafe"));
    let second = exactly(&cs, "the dam was unsafe");
    assert_eq!(second.actor.name, "Maria Lind");
}

#[test]
fn a_speaker_inside_a_later_clause_of_the_outlets_sentence() {
    let cs = claims(
        "The utility filed for bankruptcy in Tallinn, where restructuring experts say judges move such cases quickly.",
    );
    let c = exactly(&cs, "judges move such cases quickly");
    assert_eq!(c.attribution, Attribution::Indirect);
    assert_eq!(c.speaker.as_deref(), Some("restructuring experts"));
    assert_eq!(c.content_text, "judges move such cases quickly");
}

#[test]
fn a_participle_or_a_joined_verb_shares_the_subject() {
    let cs = claims(
        "Ivan Petrov rejected the offer on Monday, saying the ministry had not consulted the unions.",
    );
    let c = find(&cs, "had not consulted");
    assert_eq!(c.actor.name, "Ivan Petrov");
    assert_eq!(c.cue.as_deref(), Some("saying"));
    assert_eq!(c.content_text, "the ministry had not consulted the unions");
    let cs = claims("Maria Lind backed the plan in March and said she would vote for it.");
    let c = find(&cs, "would vote");
    assert_eq!(c.actor.name, "Maria Lind");
    assert_eq!(c.content_text, "she would vote for it");
    // A participle that reports nothing is no attribution.
    assert_unattributed("The army shelled the town on Monday, killing 12 people.");
}

#[test]
fn speaker_phrases_around_times_asides_and_prepositions() {
    // A statement time between the speaker and the cue.
    let cs = claims("Maria Lind on Tuesday said she would resign.");
    let c = find(&cs, "resign");
    assert_eq!(c.speaker.as_deref(), Some("Maria Lind"));
    assert_eq!(c.content_text, "she would resign");
    // A time after an inverted cue is no speaker; a party tag with its period is an aside.
    let cs = claims(
        "\u{201C}The vote will pass,\u{201D} Senate leader Ana Ruiz, D-Calif., said Tuesday.",
    );
    let c = find(&cs, "The vote will pass");
    assert_eq!(c.actor.name, "Ana Ruiz");
    // An introductory phrase on a preposition is no speaker.
    let cs = claims("In a statement posted on Friday, the union said the strike would go on.");
    let c = find(&cs, "the strike would go on");
    assert_eq!(c.speaker.as_deref(), Some("the union"));
    // The attribution as an aside in the middle of the sentence.
    let cs = claims("The smog had become so bad, Petrov noted, that schools closed for a week.");
    let c = find(&cs, "smog");
    assert_eq!(c.actor.name, "Petrov");
    assert_eq!(c.attribution, Attribution::Indirect);
}

#[test]
fn an_inverted_noun_before_a_verb_opens_a_clause_not_a_speaker() {
    // "said members will ..." is a leading attribution whose content has a subject of its own.
    let cs = claims("Rep. Ana Ruiz, chair of the caucus, said members will help him raise cash.");
    let c = find(&cs, "members will help");
    assert_eq!(c.actor.name, "Ana Ruiz");
    assert_eq!(c.content_text, "members will help him raise cash");
}

#[test]
fn unpaired_closing_quote_and_headline_attribution() {
    let cs = claims("\"The plan is sound,\u{201D} said Ivan Petrov, an economist at the bank.");
    let c = find(&cs, "The plan is sound");
    assert_eq!(c.actor.name, "Ivan Petrov");
    assert_eq!(c.content_text, "The plan is sound");
    let article = Article::from_text(
        "t",
        "t.txt",
        "Talks Could Resume Next Week, Ivan Petrov Says\n\nThe talks stalled.\n".to_string(),
    );
    let cs = extract(article, parse_reference_date("2016-09-08"), 0).claims;
    let c = find(&cs, "Talks Could Resume");
    assert_eq!(c.actor.name, "Ivan Petrov");
    assert_eq!(c.cue.as_deref(), Some("Says"));
    // A capitalized reporting word inside a headline is not a cue.
    assert_unattributed("Report Says Little, Critics Argue Nothing.");
}

#[test]
fn a_relative_pronoun_speaks_for_the_phrase_before_it() {
    let cs = claims("Senator Ana Ruiz endorsed Ivan Petrov, who says he is honored.");
    let c = exactly(&cs, "he is honored");
    assert_eq!(c.actor.name, "Ivan Petrov");
    assert_eq!(c.cue.as_deref(), Some("says"));
    let cs = claims("The ministry released the report, which says the dam was unsafe.");
    let c = exactly(&cs, "the dam was unsafe");
    // The pronoun names the actor in its clause, as "he" would; the actor is the phrase.
    assert_eq!(c.speaker.as_deref(), Some("which"));
    assert_eq!(c.actor.name, "report");
    // Adverbs and auxiliaries may stand between the pronoun and the cue.
    let cs = claims("Aid was held up by the Delvanian government, which has strongly denied any role in the delay.");
    let c = exactly(&cs, "any role in the delay");
    assert_eq!(c.speaker.as_deref(), Some("which"));
    assert_eq!(c.actor.name, "Delvanian government");
    assert_eq!(c.cue.as_deref(), Some("denied"));
    assert_eq!(c.stance, Stance::Negative);
}

#[test]
fn stance_verbs_report_only_a_clause() {
    let cs = claims("The supreme court ruled on Monday that the election law stands.");
    let c = find(&cs, "the election law stands");
    assert_eq!(c.attribution, Attribution::Indirect);
    assert_eq!(c.cue.as_deref(), Some("ruled"));
    // Before a noun most report an act: the outlet's own sentence.
    assert_unattributed("The rebels claimed the attack on the embassy.");
    assert_unattributed("The court ruled the day before the vote.");
    // A stance verb marked "+" reports its object with the verb; the time after the
    // object dates the condemnation, not the bombing.
    let cs = claims("The council condemned the bombing of the embassy on Thursday.");
    let c = find(&cs, "the bombing");
    assert_eq!(c.attribution, Attribution::Indirect);
    assert_eq!(c.event_time.text, None);
    // A negative stance verb negates its clause.
    let cs = claims("The union disputed that the strike had ended.");
    assert_eq!(find(&cs, "the strike had ended").stance, Stance::Negative);
}

#[test]
fn a_stance_verbs_object_is_what_the_actor_is_for_or_against() {
    let cs = claims("The Harbour Workers Union backed the congestion levy on Tuesday.");
    let c = find(&cs, "congestion levy");
    assert_eq!(c.attribution, Attribution::Indirect);
    assert_eq!(c.cue.as_deref(), Some("backed"));
    assert!(c.content_text.starts_with("backed the congestion levy"));
    assert_eq!(c.stance, Stance::Positive);
    assert_eq!(c.proposition.predicate.as_deref(), Some("support"));
    // The opposite verb is the same class, against it.
    let cs = claims("The Brenholm Chamber of Commerce opposed the levy in a statement.");
    let c = find(&cs, "the levy");
    assert_eq!(c.actor.name, "Brenholm Chamber of Commerce");
    assert_eq!(c.stance, Stance::Negative);
    assert_eq!(c.proposition.predicate.as_deref(), Some("support"));
    // Negated twice: for it.
    let cs = claims("Lind said the party did not oppose the levy.");
    assert_eq!(find(&cs, "the levy").stance, Stance::Positive);
    // A pronoun holds a position.
    let cs = claims("Senator Ana Ruiz spoke on Monday. She welcomed the decision.");
    assert_eq!(find(&cs, "the decision").actor.name, "Ana Ruiz");
}

#[test]
fn a_stance_verbs_object_needs_a_speaker_and_a_main_clause() {
    // An imperative names no speaker.
    assert_unattributed("Don't blame the voters.");
    // A gerund after a preposition, a subordinate clause, a base form after "and".
    let no_cue = |text: &str, cue: &str| {
        let cs = claims(text);
        assert!(
            cs.iter().all(|c| c.cue.as_deref() != Some(cue)),
            "{text}: {cs:#?}"
        );
    };
    no_cue(
        "Cruz thanked Trump on Twitter for backing the bill.",
        "backing",
    );
    no_cue(
        "As he welcomed the guests, Scott spoke of the race.",
        "welcomed",
    );
    no_cue("Cruz said he was not going to bow and back Trump.", "back");
    no_cue(
        "The ministry said Rios, who opposed the levy, would resign.",
        "opposed",
    );
    // A negative stance verb that is no negative predicate still counts once.
    let cs = claims("The union disputed the figures.");
    assert_eq!(find(&cs, "the figures").stance, Stance::Negative);
    // Before a clause a stance verb still reports the clause.
    let cs = claims("The union opposed that the levy should rise.");
    let c = find(&cs, "the levy should rise");
    assert!(c.content_text.starts_with("the levy"));
}

#[test]
fn a_place_after_its_description_and_with_small_words_inside() {
    let cs = claims("At least seven were reported dead in the Karvonian capital of Port es Vela.");
    assert_eq!(
        find(&cs, "seven").proposition.location.as_deref(),
        Some("Port es Vela")
    );
    let cs = claims("Six people were killed outside the embassy in the port city Port-es-Vela.");
    let c = find(&cs, "Six people");
    assert_eq!(c.proposition.location.as_deref(), Some("Port-es-Vela"));
    assert_eq!(place_key("Port-es-Vela"), place_key("Port es Vela"));
    // A description without a name names no place.
    let cs = claims("Six people were killed in the capital on Friday.");
    assert_eq!(find(&cs, "Six people").proposition.location, None);
}

#[test]
fn the_outlets_clause_stays_a_claim_beside_the_speakers() {
    let cs = claims("Norway raised its fishing quota by 55 percent last month, angering Iceland, which says the move breaks an understanding.");
    let own = cs
        .iter()
        .find(|c| c.attribution == Attribution::Unattributed && c.content_text.contains("Norway"))
        .expect("the outlet's claim");
    assert!(own
        .content_text
        .starts_with("Norway raised its fishing quota"));
    let c = exactly(&cs, "the move breaks an understanding");
    assert_eq!(c.speaker.as_deref(), Some("which"));
    assert_eq!(c.actor.name, "Iceland");
    // A pronoun in the later clause stands for the first speaker.
    let cs = claims("Ilan Markos said the group would allow aid in, but he did not say whether the fighters would hold their fire.");
    let c = find(&cs, "whether the fighters");
    assert_eq!(c.actor.name, "Ilan Markos");
    assert_eq!(c.stance, Stance::Neutral);
}

#[test]
fn introductory_phrases_without_a_comma_and_relative_asides() {
    let cs = claims("Earlier in the morning Wilk had said: \u{201C}The fire is contained.\u{201D}");
    let c = find(&cs, "The fire is contained");
    assert_eq!(c.speaker.as_deref(), Some("Wilk"));
    assert_eq!(c.attribution, Attribution::DirectQuote);
    let cs = claims("A regional security analyst, who asked not to be named, said ransoms were paid through third parties.");
    let c = find(&cs, "ransoms were paid");
    assert_eq!(c.speaker.as_deref(), Some("A regional security analyst"));
    assert_eq!(c.cue.as_deref(), Some("said"));
    // A clause before "and the minister said" is no part of the speaker's phrase.
    let cs = claims("The rebels took the town in the morning and the minister said nothing.");
    assert!(cs.iter().all(|c| c.speaker.as_deref()
        != Some("The rebels took the town in the morning and the minister")));
}

#[test]
fn conditionals_times_and_clauses_are_no_speakers() {
    // A conditional asserts nothing of what is said inside it.
    assert_unattributed(
        "If the ministry says 60 people died in Tarvel on Monday, the vote will be delayed.",
    );
    assert_unattributed("Talks will resume if the ministry confirms the ceasefire holds.");
    // A time is not the phrase a relative pronoun speaks for.
    assert_unattributed("The agency released data on Monday, which showed prices rose sharply.");
    // A subject that cannot speak shares no participle; a headline's noun is no cue.
    assert_unattributed("Stocks rose on Friday, signaling that investors expect a rate cut.");
    assert_unattributed("Turkey Hits Back at Syria, Russia Attacks.");
    // A relative aside is no part of the speaker's name; a time before the speaker is none.
    let cs = claims("Ivan Petrov, who was fired in May, said the plan failed.");
    assert_eq!(
        find(&cs, "the plan failed").speaker.as_deref(),
        Some("Ivan Petrov")
    );
    let cs = claims("In a statement posted Friday the group said it would fight on.");
    assert_eq!(find(&cs, "fight on").speaker.as_deref(), Some("the group"));
    // A conjunction after a clause opens the speaker's own clause.
    let cs = claims("Two soldiers died and the ministry said the toll would rise.");
    assert_eq!(
        find(&cs, "the toll would rise").speaker.as_deref(),
        Some("the ministry")
    );
}

#[test]
fn negative_cues_by_lemma_and_adjectives_that_negate_nothing() {
    let cs = claims("The company disputes that it owes the taxes.");
    assert_eq!(find(&cs, "it owes the taxes").stance, Stance::Negative);
    let cs = claims("Patrol ships entered the disputed waters near the islands on Monday.");
    assert_eq!(find(&cs, "disputed waters").stance, Stance::Positive);
}

#[test]
fn a_passive_names_no_speaker_and_citing_names_a_source() {
    let cs = claims("The ministry said the talks would resume.\n\nIt was announced on Friday that a venue had been chosen.");
    let c = find(&cs, "a venue had been chosen");
    assert_eq!(c.attribution, Attribution::Indirect);
    assert_eq!(c.speaker, None);
    assert_ne!(c.actor.name, "ministry");
    let cs = claims("Talks will resume on Monday, the agency reported, citing a senior diplomat.");
    assert!(cs.iter().all(|c| c.cue.as_deref() != Some("citing")));
    assert_eq!(
        find(&cs, "Talks will resume").speaker.as_deref(),
        Some("the agency")
    );
}

#[test]
fn an_event_noun_after_a_verb_takes_only_a_time_right_after_it() {
    let cs = claims("The council condemned the bombing of the embassy in Tarvel on Thursday.");
    let c = find(&cs, "condemned the bombing");
    assert_eq!(c.proposition.predicate.as_deref(), Some("attack"));
    assert_eq!(c.event_time.text, None);
    let cs = claims("Police said the bombing on Thursday killed 12 people.");
    assert_eq!(
        find(&cs, "the bombing").event_time.text.as_deref(),
        Some("Thursday")
    );
}

#[test]
fn a_toll_claimed_is_no_statement_and_two_places_are_one_phrase() {
    let text = "In all, the bombings in Peru and Chile last week claimed at least 217 lives.";
    assert_unattributed(text);
    let cs = claims(text);
    let c = find(&cs, "217 lives");
    assert_eq!(c.proposition.place_set, ["chile", "peru"]);
    // "claimed that" reports.
    let cs = claims("The group claimed that its fighters shot down the drone.");
    assert_eq!(find(&cs, "shot down").cue.as_deref(), Some("claimed"));
}

#[test]
fn a_country_named_before_an_event_noun_is_the_place() {
    let cs = claims("The death toll in the Peru blast has risen to 12.");
    let c = find(&cs, "Peru blast");
    assert_eq!(c.proposition.location.as_deref(), Some("Peru"));
    // "blast" after a singular name is the noun, not the verb of criticism.
    assert_eq!(c.attribution, Attribution::Unattributed);
    // Joined names and a following clause make it a verb.
    let cs = claims("Ivan Petrov and Maria Lind blast the plan as reckless.");
    assert_eq!(
        find(&cs, "the plan as reckless").cue.as_deref(),
        Some("blast")
    );
    // A name that is no country stays out of it.
    let cs = claims("The death toll in the Tarvel blast has risen to 12.");
    assert_eq!(find(&cs, "Tarvel blast").proposition.location, None);
}

#[test]
fn a_list_of_places_and_a_city_with_its_country() {
    let cs = claims("At least 40 people have died in Ansel and Corvo, the agency said.");
    let c = find(&cs, "40 people");
    assert_eq!(c.proposition.place_set, ["ansel", "corvo"]);
    assert!(c.proposition.several_places);
    // A city and its country are one place; a weekday after them is no part of a name.
    let cs = claims("More than 100 people have died since a bomb went off near the embassy in Lima, Peru Friday morning.");
    let c = find(&cs, "100 people");
    assert!(c.proposition.place_set.is_empty());
    assert_eq!(c.proposition.location.as_deref(), Some("Lima"));
    // A count's bound opens a clause, not an introduction.
    let cs = claims("At least 12 people drowned there, police said.");
    assert_eq!(find(&cs, "12 people").speaker.as_deref(), Some("police"));
}

#[test]
fn second_review_cases() {
    // A sentence-opening capital is no singular name: "fear" is the verb.
    let cs = claims("Police fear 12 people died in Tarvel.");
    assert_eq!(
        find(&cs, "12 people died").speaker.as_deref(),
        Some("Police")
    );
    // "At least" without a number opens an introduction.
    let cs = claims("At least until Friday, officials said, the border will stay open.");
    assert_eq!(
        find(&cs, "border will stay open").speaker.as_deref(),
        Some("officials")
    );
    // A conjunction after a place opens the speaker's clause.
    let cs = claims("Schools closed in Tarvel and officials said the dam held.");
    assert_eq!(
        find(&cs, "the dam held").speaker.as_deref(),
        Some("officials")
    );
    // The cue before the content is not the verb that takes the event noun.
    let cs = claims("Police said the bombing in Kabul on Thursday killed 12 people.");
    assert_eq!(
        find(&cs, "the bombing").event_time.text.as_deref(),
        Some("Thursday")
    );
    // Only an event noun after a country makes it the place.
    let cs = claims("Eleven people were hurt in the Peru office of the company in Madrid.");
    assert_ne!(
        find(&cs, "Eleven").proposition.location.as_deref(),
        Some("Peru")
    );
}

#[test]
fn speakers_joined_by_and_are_one_group() {
    let cs = claims(
        "Foreign Minister Ana Rebelo and her Spanish counterpart Luis Ortega said on Monday \
         that the talks would resume.",
    );
    let c = find(&cs, "talks would resume");
    assert_eq!(c.actor.kind, ActorKind::Group);
    assert_eq!(c.actor.name, "Ana Rebelo and Luis Ortega");
    let cs = claims("Russia and Turkey said the border crossing would reopen.");
    let c = find(&cs, "border crossing");
    assert_eq!(c.actor.name, "Russia and Turkey");
    // One speaker named twice is no group.
    let cs = claims("State Department spokesman John Kirby said the talks would resume.");
    assert_eq!(
        find(&cs, "talks would resume").actor.name,
        "US State Department"
    );
}

#[test]
fn a_title_does_not_reach_back_into_the_headline() {
    // "Headline" before the paragraph is no part of "Foreign Minister Ana Rebelo", and a
    // country ending the headline is not her country.
    for text in [
        "Talks Resume\n\nForeign Minister Ana Rebelo said the talks would resume.",
        "Talks Resume in Russia\n\nForeign Minister Ana Rebelo said the talks would resume.",
    ] {
        let article = Article::from_text("t", "t.txt", format!("{text}\n"));
        let a = crate::analyze(article, parse_reference_date("2016-09-08"));
        let m = find_mentions(&a);
        let person = m
            .items
            .iter()
            .find(|x| a.article.text[x.span.clone()].ends_with("Rebelo"))
            .expect("a mention of Rebelo");
        assert_eq!(
            &a.article.text[person.span.clone()],
            "Foreign Minister Ana Rebelo"
        );
        assert_eq!(person.country, None, "{text}");
    }
}

#[test]
fn a_later_clause_opens_after_adverbs_or_a_semicolon() {
    // ", even suggesting": the participle shares the subject and ends the first content.
    let cs = claims(
        "The mayor criticized the budget, even suggesting that the council had misled voters.",
    );
    let c = exactly(&cs, "the council had misled voters");
    assert_eq!(c.speaker.as_deref(), Some("The mayor"));
    // "but has said": a coordinated cue after an auxiliary.
    let cs =
        claims("The governor has urged residents to leave but has said that the city is safe.");
    assert_eq!(
        exactly(&cs, "the city is safe").speaker.as_deref(),
        Some("The governor")
    );
    assert_eq!(
        exactly(&cs, "residents to leave").cue.as_deref(),
        Some("urged")
    );
    // A semicolon opens a clause with a speaker of its own.
    let cs = claims("Critics argued the plan would cost too much; supporters said it would pay.");
    assert_eq!(
        exactly(&cs, "the plan would cost too much")
            .speaker
            .as_deref(),
        Some("Critics")
    );
    assert_eq!(
        exactly(&cs, "it would pay").speaker.as_deref(),
        Some("supporters")
    );
}

#[test]
fn adverbs_and_raising_verbs_stand_between_speaker_and_cue() {
    let cs = claims("The ministry has long said that the dam is safe.");
    assert_eq!(
        exactly(&cs, "the dam is safe").speaker.as_deref(),
        Some("The ministry")
    );
    let cs = claims("The minister appeared to suggest that taxes would rise.");
    assert_eq!(
        exactly(&cs, "taxes would rise").speaker.as_deref(),
        Some("The minister")
    );
}

#[test]
fn who_makes_any_noun_before_it_a_speaker() {
    let cs = claims("An engineer who said he was never paid has sued the company.");
    let c = cs
        .iter()
        .find(|c| c.cue.as_deref() == Some("said"))
        .expect("a claim");
    assert_eq!(c.speaker.as_deref(), Some("who"));
    assert_eq!(c.actor.name, "engineer");
    assert!(c.content_text.starts_with("he was never paid"));
    // "which" does not: a building is no speaker.
    assert_unattributed("The tower, which said nothing to anyone, was closed.");
}

#[test]
fn a_share_of_people_speaks() {
    let cs = claims("63 percent said the country was on the wrong track.");
    assert_eq!(
        exactly(&cs, "the country was on the wrong track")
            .speaker
            .as_deref(),
        Some("63 percent")
    );
}

#[test]
fn a_passive_with_its_agent_credits_the_agent_with_the_subject() {
    let cs = claims("The pension reform was endorsed by the farmers union on Monday.");
    let c = exactly(&cs, "The pension reform");
    assert_eq!(c.cue.as_deref(), Some("endorsed"));
    assert!(c
        .speaker
        .as_deref()
        .unwrap()
        .starts_with("the farmers union"));
    // An act, not words: no claim of the attackers.
    assert_unattributed("The convoy was attacked by gunmen near the border.");
    // A relative clause is no main clause.
    assert_unattributed("The convoy, which was endorsed by nobody, left at dawn.");
}

#[test]
fn a_cue_and_a_colon_credit_the_quotation_of_the_next_paragraph() {
    let cs = claims(
        "The senator spoke briefly. She added:\n\n\u{201C}The country has never seen this. We will fight it.\u{201D}\n\nOthers disagreed.",
    );
    let c = find(&cs, "The country has never seen this");
    assert_eq!(c.attribution, Attribution::DirectQuote);
    assert_eq!(c.speaker.as_deref(), Some("She"));
    assert!(c.content_text.ends_with("We will fight it"));
    assert_eq!(
        find(&cs, "Others disagreed").attribution,
        Attribution::Unattributed
    );
}

#[test]
fn a_verb_of_stance_takes_its_object_as_content() {
    let cs = claims("The farmers union endorsed the pension reform on Monday.");
    let c = exactly(&cs, "the pension reform on Monday");
    assert_eq!(c.cue.as_deref(), Some("endorsed"));
    assert_eq!(c.speaker.as_deref(), Some("The farmers union"));
    let cs = claims("The minister rejected the offer from the union.");
    let c = find(&cs, "the offer");
    assert_eq!(c.cue.as_deref(), Some("rejected"));
    // A verb that reports an act before a noun stays in the outlet's voice.
    assert_unattributed("The group claimed the bombing of the embassy.");
}

#[test]
fn a_reporting_verb_after_an_article_is_a_noun_inside_the_speaker() {
    let cs = claims("The state prosecutor said that the charity is not registered.");
    assert_eq!(
        exactly(&cs, "the charity is not registered")
            .speaker
            .as_deref(),
        Some("The state prosecutor")
    );
}

#[test]
fn a_label_that_names_no_speaker_introduces_the_sentence() {
    let cs = claims("The Latest: The governor says residents must leave the coast.");
    assert_eq!(
        exactly(&cs, "residents must leave the coast")
            .speaker
            .as_deref(),
        Some("The governor")
    );
}

#[test]
fn a_quoted_title_before_the_speaker_is_not_what_was_said() {
    let cs = claims("On the Sunday broadcast of \u{201C}Face the Nation,\u{201D} the governor said the state would sue.");
    let c = exactly(&cs, "the state would sue");
    assert_eq!(c.attribution, Attribution::Indirect);
    assert_eq!(c.speaker.as_deref(), Some("the governor"));
    // A quotation that opens the sentence still is.
    let cs = claims("\u{201C}We will sue,\u{201D} the governor said on Sunday.");
    assert_eq!(
        exactly(&cs, "We will sue").attribution,
        Attribution::DirectQuote
    );
}

#[test]
fn an_object_after_the_cue_makes_it_the_sentence_verb_not_a_trailing_attribution() {
    // "A staunch critic of the plan" describes the speaker; it is not what he said.
    let cs = claims("A staunch critic of the plan, the senator likened the tax to theft.");
    assert!(cs
        .iter()
        .all(|c| c.content_text != "A staunch critic of the plan"
            || c.attribution == Attribution::Unattributed));
    // Place and manner after the cue still make a trailing attribution.
    let cs = claims("The talks will resume next week, the minister said in Geneva.");
    assert_eq!(
        exactly(&cs, "The talks will resume next week")
            .speaker
            .as_deref(),
        Some("the minister")
    );
    // A semicolon ends the attribution's clause.
    let cs = claims("Trip back on after strike ends, Paris says; Dakar not so sure");
    assert_eq!(
        exactly(&cs, "Trip back on after strike ends")
            .speaker
            .as_deref(),
        Some("Paris")
    );
}

#[test]
fn a_span_of_time_and_after_introduce_the_speaker() {
    let cs = claims("Hours after the aide spoke, the ministry said the visit remained postponed.");
    assert_eq!(
        exactly(&cs, "the visit remained postponed")
            .speaker
            .as_deref(),
        Some("the ministry")
    );
}

#[test]
fn a_clause_before_the_speaker_and_its_comma_leads_in_and_stays_the_outlets() {
    let cs = claims("A staunch critic of the plan, the senator likened the tax to theft.");
    let c = exactly(&cs, "the tax to theft");
    assert_eq!(c.speaker.as_deref(), Some("the senator"));
    let cs = claims("Two people died in the blast, police said 40 were hurt.");
    assert_eq!(
        exactly(&cs, "40 were hurt").speaker.as_deref(),
        Some("police")
    );
    assert_eq!(
        exactly(&cs, "Two people died in the blast").attribution,
        Attribution::Unattributed
    );
}

#[test]
fn an_adjective_ending_in_s_is_no_plural_speaker() {
    // "attacks" is a noun here: "simultaneous" is no plural before a verb.
    assert_unattributed("The almost simultaneous attacks at the two embassies killed 257 people.");
}

#[test]
fn a_long_phrase_of_place_or_reason_after_the_cue_keeps_the_attribution_trailing() {
    let cs = claims(
        "The country had the right to defend itself, Norway said Friday in response to the \
         missile strikes on alleged rebel sites in the north and the east.",
    );
    let c = exactly(&cs, "The country had the right to defend itself");
    assert_eq!(c.speaker.as_deref(), Some("Norway"));
    assert!(cs
        .iter()
        .all(|c| !c.content_text.starts_with("in response to")));
}

#[test]
fn a_negated_reporting_verb_inside_the_content_withholds_but_a_negated_belief_denies() {
    let cs = claims("He said he cannot confirm that the two leaders will meet in Vienna.");
    assert_eq!(find(&cs, "cannot confirm").stance, Stance::Neutral);
    let cs = claims("The ministry said it did not believe the two leaders would meet in Vienna.");
    assert_eq!(find(&cs, "did not believe").stance, Stance::Negative);
}

#[test]
fn a_name_that_modifies_a_noun_is_not_the_place() {
    let cs = claims("Bombs exploded at U.S. embassies in Nairobi on Friday, killing 40 people.");
    assert_eq!(
        find(&cs, "killing 40").proposition.location.as_deref(),
        Some("Nairobi")
    );
}

#[test]
fn a_plural_event_noun_after_a_number_is_no_cue() {
    let cs = claims("The two blasts in Korva and Ostrel killed 41 people, officials said.");
    let c = find(&cs, "killed 41 people");
    assert_eq!(c.speaker.as_deref(), Some("officials"));
    assert!(cs.iter().all(|c| c.speaker.as_deref() != Some("The two")));
}

#[test]
fn told_and_a_name_whose_first_word_reads_as_a_time_is_the_audience() {
    let cs = claims(
        "The minister offered to resign on Sunday, two sources told Daily Ledger, speaking on \
         condition of anonymity.",
    );
    assert_eq!(
        exactly(&cs, "The minister offered to resign on Sunday")
            .speaker
            .as_deref(),
        Some("two sources")
    );
}

#[test]
fn a_line_of_a_block_of_figures_is_a_claim_placed_under_its_heading() {
    let cs = claims("NORTH:\nTotal dead: 19\nChildren: 4\nInjured: 60");
    let c = exactly(&cs, "Children: 4");
    assert_eq!(c.attribution, Attribution::Unattributed);
    assert_eq!(c.proposition.location.as_deref(), Some("NORTH"));
    assert_eq!(
        c.proposition.quantities[0].unit.as_deref(),
        Some("children")
    );
    assert_eq!(c.proposition.measures[0].predicate, "die");
    assert_eq!(
        exactly(&cs, "Injured: 60").proposition.measures[0].predicate,
        "injure"
    );
}

#[test]
fn an_event_word_inside_a_name_is_no_predicate() {
    // "Treaty" names the organization; the event is the admission.
    let cs = claims("The North Atlantic Treaty Organization said it would admit Poland in March.");
    assert_eq!(
        find(&cs, "admit Poland").proposition.predicate.as_deref(),
        Some("join")
    );
}

#[test]
fn review_cases_of_trailing_attributions_and_passives() {
    // A manner adverb after a trailing cue is an adjunct.
    let cs = claims("The deal is dead, Smith said bluntly.");
    assert_eq!(
        exactly(&cs, "The deal is dead").speaker.as_deref(),
        Some("Smith")
    );
    // A relative clause after the cue's phrase and a clause after ", and" do not make the
    // attribution a leading one.
    let cs = claims(
        "Kerry met Lavrov in Geneva, the ministry said in a statement that gave no details.",
    );
    assert_eq!(
        exactly(&cs, "Kerry met Lavrov in Geneva")
            .speaker
            .as_deref(),
        Some("the ministry")
    );
    let cs = claims("The deal is dead, Smith said on Friday in Geneva, and the talks will resume.");
    assert_eq!(
        exactly(&cs, "The deal is dead").speaker.as_deref(),
        Some("Smith")
    );
    // A passive after another cue, or with a cause for agent, credits nobody new.
    let cs = claims("Police said the suspect was questioned by detectives.");
    assert_eq!(
        find(&cs, "the suspect was questioned").speaker.as_deref(),
        Some("Police")
    );
    assert_unattributed("Stocks were supported by strong earnings.");
    assert_unattributed("Residents were worried by the blasts.");
    let cs = claims("The reform was endorsed by the union on Monday and welcomed by employers.");
    assert_eq!(
        exactly(&cs, "The reform").speaker.as_deref(),
        Some("the union")
    );
    // A noun-or-verb after an adjective and an article names no speaker.
    assert_unattributed("The long report blames the army for the deaths.");
    assert_unattributed("The Paris attack killed 130 people.");
}

#[test]
fn a_sentence_cut_before_its_colon_does_not_panic() {
    let text = format!(
        "{}: the ceasefire will hold, officials said.",
        "A".repeat(4096)
    );
    let _ = claims(&text);
}

#[test]
fn review_cases_of_speakers_and_withheld_negations() {
    // "She added:" does not take a quotation that has a speaker of its own.
    let cs = claims("She added:\n\n\u{201C}We will win,\u{201D} Smith said.");
    assert_eq!(find(&cs, "We will win").speaker.as_deref(), Some("Smith"));
    // A negated stance denies; only a negated verb of telling withholds.
    let cs = claims("The ministry said it does not support the plan.");
    assert_eq!(find(&cs, "does not support").stance, Stance::Negative);
    // Joint speakers are the phrase, not what its head noun belongs to.
    let cs = claims(
        "A spokesman for Foreign Minister Ana Rebelo and Luis Ortega said the talks would resume.",
    );
    assert_ne!(find(&cs, "talks would resume").actor.kind, ActorKind::Group);
    // "worry" reports only before a clause.
    assert_unattributed("Rising prices worry investors.");
}

#[test]
fn a_count_after_a_toll_word_with_another_event_between_is_that_events() {
    let cs = claims(
        "The death toll from the blast in Kabul remains unclear, but the number of injured \
         has risen to 500.",
    );
    let c = find(&cs, "has risen to 500");
    let m = c
        .proposition
        .measures
        .iter()
        .find(|m| c.proposition.quantities[m.quantity].value == 500.0)
        .expect("a measure of 500");
    assert_eq!(m.predicate, "injure");
}

#[test]
fn review_cases_of_places_and_figures() {
    // A preposition or a verb after the name: the name is the place.
    let cs = claims("Two soldiers were killed in Niger after fighting in Mali, the army said.");
    assert_eq!(
        find(&cs, "Two soldiers were killed")
            .proposition
            .location
            .as_deref(),
        Some("Niger")
    );
    // Under lines of two events a label that names none counts nothing.
    let cs = claims("KENYA:\nDead: 192\nInjured: 4,877\nAmericans: 12");
    assert!(exactly(&cs, "Americans: 12")
        .proposition
        .measures
        .is_empty());
}

#[test]
fn rejecting_a_claim_that_an_event_collapsed_is_for_the_event() {
    let cs = claims(
        "An army officer rejected rebel claims that the ceasefire had collapsed, the ministry \
         said.",
    );
    let c = find(&cs, "the ceasefire had collapsed");
    assert_eq!(c.proposition.predicate.as_deref(), Some("ceasefire"));
    assert_ne!(c.stance, Stance::Negative);
    let cs = claims("The ministry said the ceasefire had collapsed.");
    assert_eq!(find(&cs, "had collapsed").stance, Stance::Negative);
}

#[test]
fn an_audience_after_told_or_a_lone_adverb_keeps_an_attribution_trailing() {
    let cs = claims(
        "The incumbent had 44.1 percent, commission chairman Aurelio Basante told a midnight \
         briefing in the capital.",
    );
    assert_eq!(
        exactly(&cs, "The incumbent had 44.1 percent")
            .cue
            .as_deref(),
        Some("told")
    );
    let cs = claims("Reinel had 51.8 percent, the electoral commission said overnight.");
    assert_eq!(
        exactly(&cs, "Reinel had 51.8 percent").speaker.as_deref(),
        Some("the electoral commission")
    );
    // "and were being questioned" is a passive, not a second statement.
    let cs = claims("She said the men were citizens and were being questioned at headquarters.");
    assert!(cs.iter().all(|c| c.cue.as_deref() != Some("questioned")));
}

#[test]
fn a_subordinate_clause_after_the_cue_keeps_an_attribution_trailing() {
    let cs = claims(
        "Europe must be able to defend itself, French President Paul Marchand said Friday as \
         he entered the talks.",
    );
    let c = exactly(&cs, "Europe must be able to defend itself");
    assert_eq!(c.speaker.as_deref(), Some("French President Paul Marchand"));
    assert!(cs
        .iter()
        .all(|c| !c.content_text.starts_with("as he entered")));
}

proptest::proptest! {
    /// The one backward pass finds what searching for each clause break from the end
    /// finds: the largest end of a match.
    #[test]
    fn the_last_clause_break_is_found_in_one_pass(
        s in "([a-z ,;:-]|\u{2014}|é){0,40}",
    ) {
        let by_each = CLAUSE_BREAKS
            .iter()
            .filter_map(|b| s.rfind(b).map(|i| i + b.len()))
            .max();
        proptest::prop_assert_eq!(after_last_clause_break(&s), by_each);
    }
}

#[test]
fn a_dash_or_a_fronted_clause_leads_in_to_the_speaker() {
    let cs = claims("The debate is predictable - the senator has vowed to bring back the jobs.");
    let c = exactly(&cs, "to bring back the jobs");
    assert_eq!(c.speaker.as_deref(), Some("the senator"));
    // The outlet keeps its own words.
    assert_eq!(
        exactly(&cs, "The debate is predictable").attribution,
        Attribution::Unattributed
    );
    let cs = claims("Back when the talks began, the minister said that neither side could win.");
    let c = exactly(&cs, "neither side could win");
    assert_eq!(c.speaker.as_deref(), Some("the minister"));
    // A clause word in the speaker's own segment still opens a clause of its own.
    let cs = claims("The bomb went off at noon, and when police arrived, officials said two died.");
    assert!(cs
        .iter()
        .all(|c| c.speaker.as_deref() != Some("police arrived")));
}

#[test]
fn that_right_after_the_cue_opens_the_content() {
    // "neither" is no determiner or pronoun, yet "said that" is no relative clause.
    let cs = claims("Under the plan, the minister said that neither fleet could fish in June.");
    let c = exactly(&cs, "neither fleet could fish in June");
    assert_eq!(c.speaker.as_deref(), Some("the minister"));
    // After a noun it may be one ("said in a statement that gave no details").
    let cs = claims("Talks will resume, the ministry said in a statement that gave no details.");
    assert_eq!(
        exactly(&cs, "Talks will resume").attribution,
        Attribution::Indirect
    );
}

#[test]
fn an_aside_inside_the_clause_keeps_the_rest() {
    let cs = claims("The talks, the ministry said on Thursday, would resume on Friday.");
    let c = find(&cs, "would resume on Friday");
    assert_eq!(c.speaker.as_deref(), Some("the ministry"));
    assert!(
        c.content_text.starts_with("The talks"),
        "{}",
        c.content_text
    );
    // A clause of the outlet's own after the attribution is not the speaker's.
    let cs = claims("Two people died, police said, and 40 were hurt.");
    assert_eq!(
        exactly(&cs, "Two people died").speaker.as_deref(),
        Some("police")
    );
    // Nor is a phrase after a whole clause ("..., an aide said, a day after ...").
    let cs = claims(
        "The president will fly to Dakar on Thursday, an aide said on Tuesday, a day after the trip was shelved.",
    );
    assert_eq!(
        exactly(&cs, "The president will fly to Dakar on Thursday")
            .speaker
            .as_deref(),
        Some("an aide")
    );
}

#[test]
fn groups_and_records_speak() {
    let cs = claims("But fishermen worry that the quota will empty the harbour towns.");
    assert_eq!(
        exactly(&cs, "the quota will empty the harbour towns")
            .speaker
            .as_deref(),
        Some("fishermen")
    );
    let cs = claims("Another chart shows that eight of ten boats are idle.");
    assert_eq!(
        exactly(&cs, "eight of ten boats are idle")
            .speaker
            .as_deref(),
        Some("Another chart")
    );
    // A speaker noun before a place is no person.
    let cs = claims("Diplomats in Stavholm believe a compromise is within reach.");
    let c = exactly(&cs, "a compromise is within reach");
    assert_eq!(c.actor.kind, ActorKind::Unnamed);
}

#[test]
fn bodies_named_in_full_and_their_owners() {
    // "its" stands for the sentence's first name, not the last one before it.
    let cs = claims(
        "Halsland refused on Tuesday to sign an accord with Norvik, its Ministry of Fisheries said.",
    );
    let c = find(&cs, "refused on Tuesday to sign");
    assert_eq!(c.actor.name, "Halsland Ministry of Fisheries");
    assert_eq!(c.actor.kind, ActorKind::Organization);
    // A possessive before the body word names the owner; "the ministry" refers back.
    let cs = claims(
        "Norvik will cut its quota, Norvik's Ministry of Marine Resources said. The ministry is confirming that boats will stay in port.",
    );
    assert_eq!(
        find(&cs, "Norvik will cut its quota").actor.name,
        "Norvik Ministry of Marine Resources"
    );
    assert_eq!(
        find(&cs, "boats will stay in port").actor.name,
        "Norvik Ministry of Marine Resources"
    );
    // A known country's body takes its demonym; a possessive inside the name stays.
    let cs = claims("Russia's Ministry of Fisheries said catches fell.");
    assert_eq!(
        find(&cs, "catches fell").actor.name,
        "Russian Ministry of Fisheries"
    );
    let cs = claims("The Halsland Inshore Fishermen's Union said it would wait.");
    let c = find(&cs, "it would wait");
    assert_eq!(c.actor.name, "Halsland Inshore Fishermen's Union");
    assert_eq!(c.actor.kind, ActorKind::Organization);
    // A research body named before a name: "Institute of Marine Research" is no person.
    let cs = claims("A study by the Karrsund Institute of Marine Research found that stocks fell.");
    assert_eq!(
        find(&cs, "stocks fell").actor.name,
        "Karrsund Institute of Marine Research"
    );
}

#[test]
fn a_relative_clause_after_a_trailing_speaker_reports_more() {
    let cs = claims(
        "\"We will not sign,\" said Ana Rios, a spokeswoman for the ministry, who insisted that the rules were unfair.",
    );
    let c = exactly(&cs, "the rules were unfair");
    assert_eq!(c.speaker.as_deref(), Some("who"));
    assert_eq!(c.actor.name, "Ana Rios");
    assert_eq!(c.cue.as_deref(), Some("insisted"));
    let cs = claims("The talks failed, said Ana Rios, who has long argued the plan was doomed.");
    assert_eq!(
        exactly(&cs, "the plan was doomed").cue.as_deref(),
        Some("argued")
    );
    // "who asked not to be named" reports nothing.
    let cs = claims("\"We will not sign,\" said Ana Rios, who asked not to be named.");
    assert!(cs.iter().all(|c| c.cue.as_deref() != Some("asked")));
    // A speaker that ends the sentence (this once read past the last word).
    let cs = claims("\"We will sign,\" said Ana Rios.");
    assert_eq!(
        exactly(&cs, "We will sign").speaker.as_deref(),
        Some("Ana Rios")
    );
}

#[test]
fn body_names_stop_where_they_should() {
    // "and" joins only inside an "of" phrase; the last body word heads.
    let cs = claims("The Agriculture Department and Halsland said talks would resume.");
    assert!(cs
        .iter()
        .all(|c| c.actor.name != "Agriculture Department and Halsland"));
    let cs = claims("The Senate Armed Services Committee said hearings would resume.");
    assert_eq!(
        find(&cs, "hearings would resume").actor.name,
        "Senate Armed Services Committee"
    );
    // A lone body word opening a sentence names no body.
    let cs = claims("Union leaders said the strike would go on.");
    assert_eq!(
        find(&cs, "the strike would go on").actor.kind,
        ActorKind::Unnamed
    );
    // The owner after "its" is the sentence's whole first name, never a speaker noun.
    let cs = claims(
        "Negotiators from Halsland said on Friday that its Ministry of Fisheries would sign.",
    );
    assert!(cs.iter().all(|c| !c.actor.name.starts_with("Negotiators")));
}

#[test]
fn a_negated_cue_in_a_relative_clause_and_a_verbless_remainder() {
    let cs = claims("The talks failed, said Ana Rios, who did not say that the plan was dead.");
    let c = exactly(&cs, "the plan was dead");
    assert_eq!(c.stance, Stance::Neutral);
    // A past-tense clause before the attribution is no aside: the rest is not the aide's.
    let cs = claims(
        "The president flew to Dakar on Thursday, an aide said, a day after the trip was shelved.",
    );
    assert!(cs
        .iter()
        .any(|c| c.content_text == "The president flew to Dakar on Thursday"));
}

#[test]
fn long_asides_between_a_name_and_the_cue() {
    // A party tag's bracket before the aside's comma.
    let cs = claims("Rep. Ana Rios (D-Ore.), chairman of the Fisheries Caucus, said members will help him raise cash.");
    let c = find(&cs, "members will help");
    assert_eq!(c.cue.as_deref(), Some("said"));
    assert!(c.speaker.as_deref().unwrap().starts_with("Rep. Ana Rios"));
    // A description longer than a speaker's phrase, opening on an article.
    let cs = claims("Tomas Berg, an outside adviser to the campaign on tax and budget issues and an associate professor at the Karrsund School of Law, said that the campaign was taking a close look.");
    let c = find(&cs, "taking a close look");
    assert!(c
        .speaker
        .as_deref()
        .unwrap()
        .starts_with("Tomas Berg, an outside adviser"));
    // A relative aside with a possessive plural inside it; the aside is no part of the name.
    let cs = claims(
        "Ines Moreno, who runs the union's drive for farmers' families, said the levy was unfair.",
    );
    let c = find(&cs, "levy was unfair");
    assert_eq!(c.speaker.as_deref(), Some("Ines Moreno"));
}

#[test]
fn a_stance_verb_ends_the_speaker_phrase_before_a_later_cue() {
    let cs = claims("The senator opposed the levy and said it would hurt farmers.");
    let c = find(&cs, "it would hurt farmers");
    assert_eq!(c.speaker.as_deref(), Some("The senator"));
    let c = find(&cs, "the levy");
    assert_eq!(c.cue.as_deref(), Some("opposed"));
    assert_eq!(c.stance, Stance::Negative);
    // After an article the form is an adjective inside the phrase.
    let cs = claims("Officials in the ruling coalition said the vote would go ahead.");
    let c = find(&cs, "the vote would go ahead");
    assert_eq!(
        c.speaker.as_deref(),
        Some("Officials in the ruling coalition")
    );
}

#[test]
fn a_role_or_a_body_alone_holds_a_position() {
    let cs = claims("The ministry backed the levy on Tuesday.");
    assert_eq!(find(&cs, "the levy").cue.as_deref(), Some("backed"));
    let cs = claims("The senator lambasted the plan.");
    assert_eq!(
        find(&cs, "the plan").speaker.as_deref(),
        Some("The senator")
    );
    // Something that holds no position does not.
    assert_unattributed("The storm battered the coast, signaling worse to come.");
    assert_unattributed("The flood highlighted the risks of building on the plain.");
}

#[test]
fn a_noun_too_word_after_an_opening_capital_that_names_nobody_is_a_noun() {
    assert_unattributed("Battleground state Florida is nearly 3% Polish American.");
    assert_unattributed("Twenty-seven states led by West Virginia sued the agency.");
    // A speaker noun, a country or a plural still speaks.
    assert_eq!(
        find(&claims("Police fear the worst."), "the worst")
            .cue
            .as_deref(),
        Some("fear")
    );
    assert_eq!(
        find(&claims("Norway fears a wider dispute."), "a wider dispute")
            .actor
            .name,
        "Norway"
    );
}

#[test]
fn a_preposition_of_a_position_may_stand_before_a_stance_verbs_object() {
    let cs = claims("Lind railed against the levy on Tuesday.");
    let c = find(&cs, "the levy");
    assert_eq!(c.cue.as_deref(), Some("railed"));
    assert_eq!(c.speaker.as_deref(), Some("Lind"));
    let cs = claims("Moreno spoke about raising the quota.");
    assert_eq!(find(&cs, "raising the quota").cue.as_deref(), Some("spoke"));
    // A time after the preposition, or a preposition of place, is no object.
    assert_unattributed("The senator voted on Tuesday.");
    assert_unattributed("Moreno spoke at a rally in Bergen.");
}

#[test]
fn a_stance_verbs_object_may_be_an_infinitive_a_bare_noun_or_none() {
    let cs = claims("Lind refused to release the files.");
    let c = find(&cs, "to release the files");
    assert_eq!(c.cue.as_deref(), Some("refused"));
    let cs = claims("The Courier published portions of the report.");
    assert_eq!(
        find(&cs, "portions of the report").cue.as_deref(),
        Some("published")
    );
    let cs = claims("Moreno offered no proof that the count was wrong.");
    assert_eq!(find(&cs, "no proof").cue.as_deref(), Some("offered"));
    // A particle or an adverb is no object.
    assert_unattributed("The union backed away from the deal.");
    assert_unattributed("The union backed down.");
    assert_unattributed("The union opposed strongly.");
}

#[test]
fn a_personal_pronoun_holds_a_position_before_it_is_resolved() {
    let cs = claims("He invoked the rising seas.");
    assert_eq!(find(&cs, "the rising seas").speaker.as_deref(), Some("He"));
    // "It" may be a thing.
    assert_unattributed("It highlighted the risks.");
}

#[test]
fn a_noun_too_word_before_a_speaker_noun_modifies_it() {
    let cs = claims("Some state officials praised the work of the company.");
    assert_eq!(
        find(&cs, "the work of the company").speaker.as_deref(),
        Some("Some state officials")
    );
}

#[test]
fn a_verb_whose_object_is_a_message_conveys_it() {
    let cs = claims("Lind unleashed a flurry of tweets against the levy.");
    let c = find(&cs, "a flurry of tweets");
    assert_eq!(c.cue.as_deref(), Some("unleashed"));
    assert_eq!(c.speaker.as_deref(), Some("Lind"));
    let cs = claims("The ministry has delivered a mostly positive message.");
    assert_eq!(
        find(&cs, "a mostly positive message").cue.as_deref(),
        Some("delivered")
    );
    let cs = claims("The senator sent a letter to the agency.");
    assert_eq!(find(&cs, "a letter").cue.as_deref(), Some("sent"));
    // No message, or no one who holds a position, or a noun before the message.
    assert_unattributed("Lind sent troops to the border.");
    assert_unattributed("The storm sent a warning to the coast.");
    assert_unattributed("The campaign ads were everywhere.");
    assert_unattributed("How did such an arcane proposal make it into the plan?");
}

#[test]
fn a_lead_in_with_a_finite_verb_is_no_participial_introduction() {
    let cs = claims(
        "Shifting rainfall could affect a billion farmers, the minister said in his interview.",
    );
    let c = exactly(&cs, "Shifting rainfall could affect a billion farmers");
    assert_eq!(c.speaker.as_deref(), Some("the minister"));
    // A participial phrase still introduces the speaker.
    let cs = claims("Speaking at a rally in Tampere, Lind said the levy was unfair.");
    assert_eq!(
        exactly(&cs, "the levy was unfair").speaker.as_deref(),
        Some("Lind")
    );
}

#[test]
fn people_close_to_someone_speak() {
    let cs = claims("Sources close to the minister said he would resign.");
    assert_eq!(
        exactly(&cs, "he would resign").speaker.as_deref(),
        Some("Sources close to the minister")
    );
    let cs = claims("Those close to him say that he would stay.");
    assert_eq!(
        exactly(&cs, "he would stay").speaker.as_deref(),
        Some("Those close to him")
    );
}

#[test]
fn a_sentence_adverb_set_off_by_commas_stands_between_speaker_and_cue() {
    let cs = claims("The ministry, however, said the talks would resume.");
    let c = exactly(&cs, "the talks would resume");
    assert_eq!(c.speaker.as_deref(), Some("The ministry"));
    let cs = claims("Some fishermen, however, question the wisdom of the quota.");
    assert_eq!(
        find(&cs, "the wisdom of the quota").speaker.as_deref(),
        Some("Some fishermen")
    );
    // Without a speaker before it the adverb makes none.
    assert_unattributed("The plan, however, failed.");
}

#[test]
fn review_cases_of_asides_and_relative_speakers() {
    // An adverb set off by commas after a clause of the outlet's: the speaker is after
    // the cue.
    let cs = claims("The talks failed, however, said Lind.");
    let c = exactly(&cs, "The talks failed, however");
    assert_eq!(c.speaker.as_deref(), Some("Lind"));
    // A passive after a relative pronoun reports nothing of the body before it.
    let cs = claims("The ministry, which was criticized by unions, passed the levy.");
    assert!(
        cs.iter().all(|c| c.speaker.as_deref() != Some("which")),
        "{:?}",
        cs.iter().map(|c| (&c.speaker, &c.cue)).collect::<Vec<_>>()
    );
}

#[test]
fn a_plurals_possessive_stands_inside_a_speakers_phrase() {
    let cs = claims("The farmers' union said the levy was unfair.");
    assert_eq!(
        exactly(&cs, "the levy was unfair").speaker.as_deref(),
        Some("The farmers' union")
    );
    let cs = claims("Flight attendants\u{2019} union endorses Lind.");
    assert_eq!(find(&cs, "Lind").cue.as_deref(), Some("endorses"));
}
