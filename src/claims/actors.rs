//! Canonical actors: who a claim belongs to. A spokesman speaks for his organization, a
//! capital or seat of government for its country, aliases collapse to one name.

use crate::lexicon::{self, SpeaksFor};

/// What kind of actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActorKind {
    Person,
    Organization,
    Country,
    Group,
    Unnamed,
    Outlet,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Country => "country",
            ActorKind::Group => "group",
            ActorKind::Unnamed => "unnamed",
            ActorKind::Outlet => "outlet",
        }
    }
}

/// A canonical actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub name: String,
    pub kind: ActorKind,
    /// The organization or country the actor belongs to, when known.
    pub affiliation: Option<String>,
}

impl Actor {
    pub fn new(name: impl Into<String>, kind: ActorKind, affiliation: Option<String>) -> Actor {
        Actor {
            name: name.into(),
            kind,
            affiliation,
        }
    }

    /// The outlet's own voice.
    pub fn outlet(source: Option<&str>) -> Actor {
        Actor::new(source.unwrap_or("the outlet"), ActorKind::Outlet, None)
    }
}

/// The country actor for country index `i` of countries.txt.
pub fn country_actor(i: usize) -> Actor {
    let lx = lexicon::get();
    Actor::new(lx.countries[i].name.clone(), ActorKind::Country, None)
}

/// The short adjective that prefixes a country's bodies ("US", "Russian").
pub fn country_prefix(country: &str) -> String {
    let lx = lexicon::get();
    lx.countries
        .iter()
        .find(|c| c.name == country)
        .and_then(|c| c.demonyms.first().cloned())
        .unwrap_or_else(|| country.to_string())
}

/// The actor for organization index `i` of organizations.txt.
pub fn organization_actor(i: usize) -> Actor {
    let lx = lexicon::get();
    let o = &lx.organizations[i];
    let kind = if o.kind == "outlet" {
        ActorKind::Outlet
    } else {
        ActorKind::Organization
    };
    Actor::new(o.name.clone(), kind, o.country.clone())
}

/// A government body of a country ("Foreign Ministry" of Russia: "Russian Foreign Ministry").
pub fn body_actor(head: &str, country: Option<&str>) -> Actor {
    match country {
        Some(c) => Actor::new(
            format!("{} {}", country_prefix(c), head),
            ActorKind::Organization,
            Some(c.to_string()),
        ),
        None => Actor::new(head.to_string(), ActorKind::Organization, None),
    }
}

/// Whom a person with `role` speaks for, given the organization or country named with
/// the role. `None` means the person speaks for themselves.
pub fn speaks_for(role: &str, org: Option<&Actor>, country: Option<&str>) -> Option<Actor> {
    let lx = lexicon::get();
    let role = crate::text::lower(role);
    let (_, speaks) = lx.roles.iter().find(|(r, _)| *r == role)?;
    match speaks {
        SpeaksFor::Org => org.cloned(),
        SpeaksFor::Country => country
            .map(|c| Actor::new(c, ActorKind::Country, None))
            .or_else(|| org.filter(|o| o.kind == ActorKind::Country).cloned()),
        SpeaksFor::Body(b) => {
            if let Some(i) = lx
                .organizations
                .iter()
                .position(|o| o.aliases.iter().any(|a| a == b))
            {
                return Some(organization_actor(i));
            }
            let country = country.or(org.and_then(|o| o.affiliation.as_deref()));
            Some(body_actor(b, country))
        }
        SpeaksFor::Person => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spokesman_speaks_for_the_organization() {
        let org = Actor::new(
            "US State Department",
            ActorKind::Organization,
            Some("United States".into()),
        );
        assert_eq!(speaks_for("spokesman", Some(&org), None), Some(org.clone()));
        assert_eq!(speaks_for("senator", Some(&org), None), None);
    }

    #[test]
    fn minister_speaks_for_the_ministry_of_the_country() {
        let a = speaks_for("foreign minister", None, Some("Russia")).unwrap();
        assert_eq!(a.name, "Russian Foreign Ministry");
        assert_eq!(a.affiliation.as_deref(), Some("Russia"));
        let s = speaks_for("secretary of state", None, Some("United States")).unwrap();
        assert_eq!(s.name, "US State Department");
    }
}
