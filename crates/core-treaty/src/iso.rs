//! ISO 3166-1 alpha-2 codes: which exist, which are UN member or observer states, and code lists
//! as pages write them in `highlight`.

use crate::ParticipantKind;

/// Every officially assigned ISO 3166-1 alpha-2 code (249), sorted, two letters each.
/// 498 bytes: cheap enough to catch "UK" or "XK" typos that a shape check would let through.
const ASSIGNED: &str = concat!(
    "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCD",
    "CFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGF",
    "GGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKN",
    "KPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNA",
    "NCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSI",
    "SJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVI",
    "VNVUWFWSYEYTZAZMZW",
);

/// The 193 UN member states and the 2 observer states (Holy See VA, State of Palestine PS),
/// sorted. The map must show each of them, and they are the "not signed" universe of the legend.
pub const UN_STATES: [&str; 195] = [
    "AD", "AE", "AF", "AG", "AL", "AM", "AO", "AR", "AT", "AU", "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI",
    "BJ", "BN", "BO", "BR", "BS", "BT", "BW", "BY", "BZ", "CA", "CD", "CF", "CG", "CH", "CI", "CL", "CM", "CN", "CO",
    "CR", "CU", "CV", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "ER", "ES", "ET", "FI", "FJ",
    "FM", "FR", "GA", "GB", "GD", "GE", "GH", "GM", "GN", "GQ", "GR", "GT", "GW", "GY", "HN", "HR", "HT", "HU", "ID",
    "IE", "IL", "IN", "IQ", "IR", "IS", "IT", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW",
    "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MG", "MH", "MK",
    "ML", "MM", "MN", "MR", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NE", "NG", "NI", "NL", "NO", "NP", "NR",
    "NZ", "OM", "PA", "PE", "PG", "PH", "PK", "PL", "PS", "PT", "PW", "PY", "QA", "RO", "RS", "RU", "RW", "SA", "SB",
    "SC", "SD", "SE", "SG", "SI", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SY", "SZ", "TD", "TG", "TH",
    "TJ", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TZ", "UA", "UG", "US", "UY", "UZ", "VA", "VC", "VE", "VN", "VU",
    "WS", "YE", "ZA", "ZM", "ZW",
];

/// The code of the European Union: exceptionally reserved in ISO 3166-1, not a country code.
pub const EU: &str = "EU";

/// Whether `code` is an officially assigned ISO 3166-1 alpha-2 code (uppercase).
pub fn is_assigned(code: &str) -> bool {
    code.len() == 2 && ASSIGNED.as_bytes().chunks_exact(2).any(|c| c == code.as_bytes())
}

/// Whether `code` is a UN member or observer state.
pub fn is_un_state(code: &str) -> bool {
    UN_STATES.binary_search(&code).is_ok()
}

/// Whether `code` can name a participant: an assigned code, or EU.
pub fn is_participant_code(code: &str) -> bool {
    code == EU || is_assigned(code)
}

/// Why `code` cannot name a participant of this `kind`, if it cannot.
pub fn code_problem(code: &str, kind: ParticipantKind) -> Option<String> {
    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return Some(format!("\"{code}\" is not an ISO 3166-1 alpha-2 code (two capital letters)"));
    }
    match kind {
        ParticipantKind::Reio if code != EU => {
            Some(format!("\"{code}\" cannot be a regional economic integration organization: only the European Union (EU) is one"))
        }
        ParticipantKind::Reio => None,
        ParticipantKind::State if code == EU => {
            Some("EU is the European Union, a regional economic integration organization, not a state: give it \"kind\": \"reio\"".into())
        }
        ParticipantKind::State if code == "UK" => {
            Some("\"UK\" is not an ISO 3166-1 alpha-2 code: the United Kingdom is GB".into())
        }
        ParticipantKind::State if !is_assigned(code) => {
            Some(format!("\"{code}\" is not an ISO 3166-1 alpha-2 code (no country has it)"))
        }
        ParticipantKind::State => None,
    }
}

/// A code list such as a page's `highlight="vn, FR EU"`, split into usable and unknown codes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CodeList {
    /// Uppercased, in the order given, without repeats.
    pub codes: Vec<String>,
    /// Entries that are not participant codes, as written, so the widget can name them.
    pub unknown: Vec<String>,
}

/// Splits on commas and whitespace; case does not matter.
pub fn parse_code_list(text: &str) -> CodeList {
    let mut list = CodeList::default();
    for item in text.split(|c: char| c == ',' || c.is_whitespace()).filter(|s| !s.is_empty()) {
        let code = item.to_ascii_uppercase();
        if !is_participant_code(&code) {
            list.unknown.push(item.to_string());
        } else if !list.codes.contains(&code) {
            list.codes.push(code);
        }
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_assigned_list_is_sorted_complete_and_well_formed() {
        let codes: Vec<&[u8]> = ASSIGNED.as_bytes().chunks(2).collect();
        assert_eq!(codes.len(), 249);
        assert!(codes.iter().all(|c| c.len() == 2 && c.iter().all(u8::is_ascii_uppercase)));
        assert!(codes.windows(2).all(|w| w[0] < w[1]), "sorted, no repeats");
        for code in ["VN", "FR", "GB", "PS", "VA", "CK", "NU", "TW", "AQ"] {
            assert!(is_assigned(code), "{code}");
        }
        for code in ["UK", "EU", "XK", "EL", "ZZ", "vn", "V", "VNM", ""] {
            assert!(!is_assigned(code), "{code}");
        }
    }

    #[test]
    fn un_states_are_193_members_and_2_observers() {
        assert_eq!(UN_STATES.len(), 195);
        assert!(UN_STATES.windows(2).all(|w| w[0] < w[1]), "sorted, no repeats");
        assert!(UN_STATES.iter().all(|c| is_assigned(c)));
        assert!(is_un_state("VA") && is_un_state("PS") && is_un_state("SS") && is_un_state("VN"));
        for not_member in ["TW", "XK", "EU", "CK", "NU", "HK", "EH", "PR"] {
            assert!(!is_un_state(not_member), "{not_member}");
        }
    }

    #[test]
    fn code_problems_explain_themselves() {
        assert_eq!(code_problem("VN", ParticipantKind::State), None);
        assert_eq!(code_problem("EU", ParticipantKind::Reio), None);
        assert_eq!(
            code_problem("XX1", ParticipantKind::State).unwrap(),
            "\"XX1\" is not an ISO 3166-1 alpha-2 code (two capital letters)"
        );
        assert!(code_problem("vn", ParticipantKind::State).unwrap().contains("two capital letters"));
        assert!(code_problem("UK", ParticipantKind::State).unwrap().contains("GB"));
        assert!(code_problem("XX", ParticipantKind::State).unwrap().contains("no country"));
        assert!(code_problem("EU", ParticipantKind::State).unwrap().contains("reio"));
        assert!(code_problem("FR", ParticipantKind::Reio).unwrap().contains("only the European Union"));
        assert!(code_problem("ÉU", ParticipantKind::State).is_some());
    }

    #[test]
    fn code_lists_split_normalize_and_report_unknowns() {
        let list = parse_code_list(" vn, FR  eu,,fr\tXX uk");
        assert_eq!(list.codes, ["VN", "FR", "EU"]);
        assert_eq!(list.unknown, ["XX", "uk"]);
        assert_eq!(parse_code_list(""), CodeList::default());
    }
}
