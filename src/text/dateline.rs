//! Datelines: "WASHINGTON, March 12 (Xinhua) --", "NAIROBI, Kenya (AP) _", "MOSCOW, Sept 7
//! (Reuters) - ...". They say where and when the copy was filed, not what happened, so
//! they are not claims (their date is still a time expression: when the copy was filed).

use regex::Regex;
use std::sync::OnceLock;

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // A place in capitals, an optional ", rest" (country, date), the agency in
        // parentheses, then a dash (or the end of the paragraph).
        Regex::new(r"^[A-Z][A-Z.'\- ]{1,40}(?:,[^()\n]{0,40})?\s*\([A-Za-z][A-Za-z .\-]{0,30}\)\s*(?:--|_|-|\u{2014}|\u{2013}|:|$)")
            .expect("dateline pattern compiles")
    })
}

/// Where the dateline at the start of `paragraph` ends (a byte offset into it), if the
/// paragraph opens with one.
pub fn dateline_end(paragraph: &str) -> Option<usize> {
    pattern().find(paragraph).map(|m| m.end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_datelines() {
        assert_eq!(dateline_end("WASHINGTON, March 12 (Xinhua) --"), Some(32));
        assert!(dateline_end("NAIROBI, Kenya (AP) _").is_some());
        let p = "MOSCOW, Sept 7 (Reuters) - Russia said on Wednesday it would meet.";
        assert_eq!(&p[..dateline_end(p).unwrap()], "MOSCOW, Sept 7 (Reuters) -");
    }

    #[test]
    fn ordinary_sentences_are_not_datelines() {
        assert_eq!(dateline_end("The NATO (alliance) said on Friday."), None);
        assert_eq!(
            dateline_end("US officials (speaking privately) said -- nothing."),
            None
        );
        assert_eq!(
            dateline_end("Mehta, Shah to meet in effort to end border row"),
            None
        );
    }
}
