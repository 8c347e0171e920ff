//! "Doha meeting raises $3.6bn for Darfur", Gulf Times, 9 April 2013 (an
//! AFP report; the site's terms, quoted for research): a donors'
//! conference hosted by Qatar, encoded through the builders.
//!
//! Run with `cargo run --example darfur_donor_conference`: it validates the
//! article and prints it as pretty JSON on stdout (and nothing else). On a
//! validation problem it prints every problem on stderr and exits with 1.
//!
//! The text is
//! `examples/data/gulf-times-2013-04-09-darfur-donor-conference.txt`: the
//! headline on the first line, a blank line, then the body. Its source is
//! described in
//! `examples/data/gulf-times-2013-04-09-darfur-donor-conference.md`; the
//! publication date is worked out from AFP's report of the same words.
//!
//! Each pledge made at the conference is a commitment of kind `fund` with
//! its amount in the currency it is given in (a euro amount with its dollar
//! equivalent), part of the $3.6bn total. Sudan's government's share of the
//! total was set by the 2011 peace deal, which also provided for the
//! conference: both are commitments `provided_by` the deal. Qatar's
//! immediate $88mn is part of the urgent aid pledged, and its commitment to
//! the Darfur Development Bank's capital is one it had made before and
//! confirmed. Britain's offer came "on Sunday", before the pledges were
//! announced, and the article does not count it in the total.

use std::process::ExitCode;

use structured_news::prelude::*;
use structured_news::{
    Article, ArticleBuilder, CurrencyCode, DocumentStatus, Duration, Equivalent, Group,
    MeetingRole, Role, StatusObservation, When,
};

/// The article: headline, blank line, body.
const TEXT: &str = include_str!("data/gulf-times-2013-04-09-darfur-donor-conference.txt");

/// The publication date, worked out (see the source notes).
const DAY: &str = "2013-04-09";

fn main() -> ExitCode {
    let article = match build_article() {
        Ok(article) => article,
        Err(problem) => {
            eprintln!("the article does not validate: {problem}");
            return ExitCode::FAILURE;
        }
    };
    match serde_json::to_string_pretty(&article) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("could not write JSON: {e}");
            ExitCode::FAILURE
        }
    }
}

fn build_article() -> Result<Article, Box<dyn std::error::Error>> {
    let (headline, body) = TEXT
        .split_once("\n\n")
        .ok_or("the text has no blank line after its headline")?;
    let body = body.trim_end_matches('\n');
    let usd: CurrencyCode = "USD".parse()?;
    let eur: CurrencyCode = "EUR".parse()?;
    let gbp: CurrencyCode = "GBP".parse()?;

    let mut article =
        ArticleBuilder::new("gulf-times-2013-04-09-darfur-donor-conference", "en", body);
    article
        .headline(headline)
        .url("http://www.gulf-times.com/story/348473/Doha-meeting-raises-3-6bn-for-Darfur")
        .published(DAY)
        .published_inferred()
        .subject("donors' conference")
        .subject("Darfur reconstruction and development")
        .subject("aid pledges");

    let gulf_times = article.add_organization(
        Organization::builder("gulf-times", "Gulf Times", OrganizationKind::Media)
            .country("QA")
            .wikidata("Q3120519"),
    );
    article.publisher(&gulf_times);

    // The states, the government and the region.
    let qatar = article.add_country(
        Place::country_builder("qatar", "Qatar", "QA")
            .wikidata("Q846")
            .evidence("host country Qatar"),
    );
    let sudan = article.add_country(
        Place::country_builder("sudan", "Sudan", "SD")
            .wikidata("Q1049")
            .evidence("Sudan"),
    );
    let sudan_government = article.add_organization(
        Organization::builder(
            "sudan-government",
            "Government of Sudan",
            OrganizationKind::Government,
        )
        .alias("Khartoum")
        .country("SD")
        .evidence("Sudan’s government")
        .evidence("Khartoum"),
    );
    let darfur = article.add_region(
        Place::builder("darfur", "Darfur", PlaceKind::Region)
            .country("SD")
            .within(&sudan)
            .wikidata("Q7737")
            .evidence("war-ravaged Darfur in west Sudan"),
    );
    let doha = article.add_place(
        Place::builder("doha", "Doha", PlaceKind::City)
            .country("QA")
            .wikidata("Q3861")
            .evidence("Doha")
            .evidence_in_headline("Doha"),
    );
    let eu = article.add_organization(
        Organization::builder(
            "european-union",
            "European Union",
            OrganizationKind::IntergovernmentalOrganization,
        )
        .wikidata("Q458")
        .evidence("The European Union"),
    );
    let germany = article.add_country(
        Place::country_builder("germany", "Germany", "DE")
            .wikidata("Q183")
            .evidence("Germany"),
    );
    let britain = article.add_country(
        Place::country_builder("united-kingdom", "United Kingdom", "GB")
            .alias("Britain")
            .wikidata("Q145")
            .evidence("Britain"),
    );
    let chad = article.add_country(
        Place::country_builder("chad", "Chad", "TD")
            .wikidata("Q657")
            .evidence("Darfur’s neighbour, Chad"),
    );
    let other_donors = article.add_group(
        Group::described_builder("other-donor-countries", "other donor countries")
            .evidence("other donor countries"),
    );
    let rebels = article.add_group(
        Group::described_builder("rebel-alliance", "an alliance of rebel groups")
            .evidence("an alliance of rebel groups"),
    );

    // The UN and the officials.
    let un = article.add_organization(
        Organization::builder(
            "united-nations",
            "United Nations",
            OrganizationKind::IntergovernmentalOrganization,
        )
        .alias("UN")
        .wikidata("Q1065")
        .evidence("UN"),
    );
    let undp = article.add_organization(
        Organization::builder(
            "undp",
            "UN Development Programme",
            OrganizationKind::IntergovernmentalOrganization,
        )
        .parent(&un)
        .wikidata("Q208520")
        .evidence("the UN Development Programme"),
    );
    let bank = article.add_organization(
        Organization::builder(
            "darfur-development-bank",
            "Darfur Development Bank",
            OrganizationKind::Other,
        )
        .evidence("Darfur Development Bank"),
    );
    let zatari = article.add_person(
        Person::builder("ali-al-zatari", "Ali al-Za’tari")
            .alias("Za’tari")
            .role("resident co-ordinator", &un)
            .evidence("UN resident co-ordinator Ali al-Za’tari"),
    );
    let mahmoud = article.add_person(
        Person::builder("ahmed-bin-abdullah-al-mahmoud", "Ahmed bin Abdullah al-Mahmoud")
            .alias("al-Mahmoud")
            .country("QA")
            .with_role(
                Role::new("Deputy Premier and Minister of State for Cabinet Affairs")
                    .toward(&qatar),
            )
            .evidence("Deputy Premier and Minister of State for Cabinet Affairs, HE Ahmed bin Abdullah al-Mahmoud"),
    );
    let sharkawi = article.add_person(
        Person::builder("amin-sharkawi", "Amin Sharkawi")
            .role("deputy country director", &undp)
            .evidence("Amin Sharkawi, the deputy country director of the UN Development Programme"),
    );

    // The war, the peace deal and the strategy.
    article.add_event(
        Event::builder(
            "darfur-war",
            EventKind::ArmedConflict,
            EventStatus::Occurred,
            "war-ravaged Darfur",
        )
        .place(&darfur)
        .evidence("war-ravaged"),
    );
    let peace_deal = article.add_document(
        Document::builder("darfur-peace-deal-2011", DocumentKind::Agreement)
            .date(When::as_written("2011-07".parse()?, "July 2011"))
            .status(DocumentStatus::Signed)
            .signatory(&sudan_government)
            .signatory(&rebels)
            .evidence("a July 2011 peace deal")
            .evidence("the 2011 peace deal which Khartoum signed in Doha with an alliance of rebel groups"),
    );
    article.add_event(
        Event::builder(
            "darfur-peace-deal-signed",
            EventKind::AgreementReached,
            EventStatus::Occurred,
            "the 2011 peace deal which Khartoum signed in Doha with an alliance of rebel groups",
        )
        .date(When::as_written("2011-07".parse()?, "July 2011"))
        .place(&doha)
        .actor(&sudan_government)
        .actor(&rebels)
        .about(&peace_deal)
        .evidence("Khartoum signed in Doha with an alliance of rebel groups"),
    );
    // Put forward for the conference to endorse.
    let strategy = article.add_document(
        Document::builder("darfur-development-strategy", DocumentKind::Plan)
            .status(DocumentStatus::Proposed)
            .evidence("a strategy to rebuild Darfur")
            .evidence("the six-year, $7.2bn strategy to move Darfur away from food handouts and other emergency aid, and lay the foundations for lasting development through improved infrastructure"),
    );

    // The conference: two days in Doha, ending the day before publication.
    let conference = article.add_meeting(
        Meeting::builder(
            "darfur-donor-conference",
            MeetingKind::Conference,
            MeetingStatus::Held,
        )
        .date(inferred("2013-04-07/2013-04-08", None)?)
        .duration(Duration::of("P2D".parse()?).as_written("two-day"))
        .place(&doha)
        .participant_in_role(&qatar, MeetingRole::Host)
        .participant_evidence("host country Qatar")
        .participant(&eu)
        .participant_evidence("The European Union pledged 27mn euros ($35mn)")
        .participant(&germany)
        .participant_evidence("Germany promised 16mn euros in aid at the conference")
        .participant(&chad)
        .participant_evidence("Chad, pledged $1mn at the conference")
        .participant(&other_donors)
        .participant_evidence("announcements by Qatar and other donor countries")
        .about(&darfur)
        .purpose("to finance the development of war-ravaged Darfur in west Sudan")
        .purpose_serving("to endorse a strategy to rebuild Darfur", &strategy)
        .purpose_serving(
            "support for the six-year, $7.2bn strategy to move Darfur away from food handouts and other emergency aid, and lay the foundations for lasting development through improved infrastructure",
            &strategy,
        )
        .evidence("A Darfur donor conference")
        .evidence("the two-day meeting")
        .evidence("the conference that aimed to endorse a strategy to rebuild Darfur")
        .evidence_in_headline("Doha meeting"),
    );
    // Provided for by the peace deal, which names no one to hold it.
    article.add_commitment(
        Commitment::builder(
            "hold-darfur-donor-conference",
            CommitmentKind::Hold,
            "The meeting was agreed under the 2011 peace deal",
        )
        .provided_by(&peace_deal)
        .concerns(&conference)
        .about(&darfur)
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence("The meeting was agreed under the 2011 peace deal"),
    );

    // What was said.
    let qatar_announces = article.add_statement(
        Statement::paraphrase(
            "qatar-announces-total",
            &qatar,
            SpeechAct::Announced,
            "A Darfur donor conference has raised $3.6bn in pledges to finance the development of war-ravaged Darfur in west Sudan",
        )
        .reporting_verb("announced")
        .date_as_written("yesterday")
        .quantity(Quantity::money(3_600_000_000u64, usd).as_written("$3.6bn"))
        .about(&conference)
        .evidence("A Darfur donor conference has raised $3.6bn in pledges to finance the development of war-ravaged Darfur in west Sudan, host country Qatar which contributed $500mn announced yesterday."),
    );
    let zatari_cover = article.add_statement(
        Statement::direct_quote(
            "zatari-pledges-cover-urgent-needs",
            &zatari,
            SpeechAct::Said,
            "These pledges cover more than the $177mn needed for urgent",
        )
        .on_behalf_of(&un)
        .reporting_verb("said")
        .quantity(Quantity::money(177_000_000u64, usd).as_written("$177mn"))
        .about(&conference)
        .evidence("“These pledges cover more than the $177mn needed for urgent” projects, said UN resident co-ordinator Ali al-Za’tari following announcements by Qatar and other donor countries."),
    );
    let mahmoud_total = article.add_statement(
        Statement::paraphrase(
            "mahmoud-total-pledged",
            &mahmoud,
            SpeechAct::Said,
            "a total of $3.6bn was pledged at the two-day meeting, including the contribution of Sudan’s government set by a July 2011 peace deal at $2.65bn",
        )
        .on_behalf_of(&qatar)
        .reporting_verb("said")
        .quantity(Quantity::money(3_600_000_000u64, usd).as_written("$3.6bn"))
        .quantity(Quantity::money(2_650_000_000u64, usd).as_written("$2.65bn"))
        .about(&conference)
        .about(&sudan_government)
        .evidence("Deputy Premier and Minister of State for Cabinet Affairs, HE Ahmed bin Abdullah al-Mahmoud, said a total of $3.6bn was pledged at the two-day meeting, including the contribution of Sudan’s government set by a July 2011 peace deal at $2.65bn."),
    );
    let mahmoud_immediate = article.add_statement(
        Statement::paraphrase(
            "mahmoud-immediate-contribution",
            &mahmoud,
            SpeechAct::Said,
            "Qatar will make an immediate contribution of $88mn, half of the $177 urgent aid pledged at the conference",
        )
        .on_behalf_of(&qatar)
        .reporting_verb("said")
        .quantity(Quantity::money(88_000_000u64, usd).as_written("$88mn"))
        .evidence("Qatar will make an immediate contribution of $88mn, half of the $177 urgent aid pledged at the conference, al-Mahmoud said"),
    );
    let mahmoud_grants = article.add_statement(
        Statement::paraphrase(
            "mahmoud-grants-and-projects",
            &mahmoud,
            SpeechAct::Added,
            "his country’s promise of $500mn would include grants and contributions to projects",
        )
        .on_behalf_of(&qatar)
        .reporting_verb("adding")
        .quantity(Quantity::money(500_000_000u64, usd).as_written("$500mn"))
        .evidence("adding that his country’s promise of $500mn would include grants and contributions to projects"),
    );
    let sharkawi_bank = article.add_statement(
        Statement::paraphrase(
            "sharkawi-qatar-confirmed-bank-commitment",
            &sharkawi,
            SpeechAct::Said,
            "Qatar also confirmed its commitment to contribute to the capital of a $2bn Darfur Development Bank, initially with $200mn",
        )
        .reporting_verb("said")
        .quantity(Quantity::money(2_000_000_000u64, usd).as_written("$2bn"))
        .quantity(Quantity::money(200_000_000u64, usd).as_written("$200mn"))
        .about(&qatar)
        .about(&bank)
        .evidence("Qatar also confirmed its commitment to contribute to the capital of a $2bn Darfur Development Bank, initially with $200mn, said Amin Sharkawi, the deputy country director of the UN Development Programme."),
    );
    let britain_offers = article.add_statement(
        Statement::paraphrase(
            "britain-offers-aid",
            &britain,
            SpeechAct::Offered,
            "at least £11mn ($16.5mn) for Darfur annually over the next three years to help communities to grow food and boost employment skills",
        )
        .reporting_verb("offered")
        .date_as_written("on Sunday")
        .about(&darfur)
        .evidence("Britain had on Sunday offered at least £11mn ($16.5mn) for Darfur annually over the next three years to help communities to grow food and boost employment skills."),
    );
    let zatari_target = article.add_statement(
        Statement::direct_quote(
            "zatari-no-need-to-raise-all-today",
            &zatari,
            SpeechAct::Said,
            "We do not need to raise the $7.2bn today. What we need to raise is sufficient funds to start implementation and to build credibility of the process. And this we have already achieved at this stage",
        )
        .on_behalf_of(&un)
        .reporting_verb("said")
        .quantity(Quantity::money(7_200_000_000u64, usd).as_written("$7.2bn"))
        .about(&conference)
        .about(&strategy)
        .evidence("“We do not need to raise the $7.2bn today. What we need to raise is sufficient funds to start implementation and to build credibility of the process. And this we have already achieved at this stage,” Za’tari said."),
    );

    // The pledges: the total, and its parts.
    let total = article.add_commitment(
        Commitment::builder(
            "total-pledges",
            CommitmentKind::Fund,
            "finance the development of war-ravaged Darfur in west Sudan",
        )
        .bound_party(&qatar)
        .bound_party(&other_donors)
        .bound_party(&eu)
        .bound_party(&germany)
        .bound_party(&chad)
        .bound_party(&sudan_government)
        .modality(Modality::Pledge)
        .made_at(&conference)
        .statement(&qatar_announces)
        .statement(&mahmoud_total)
        .about(&darfur)
        .quantity(Quantity::money(3_600_000_000u64, usd).as_written("$3.6bn"))
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence("has raised $3.6bn in pledges to finance the development of war-ravaged Darfur in west Sudan")
        .evidence("a total of $3.6bn was pledged at the two-day meeting")
        .evidence_in_headline("raises $3.6bn for Darfur"),
    );
    article.add_commitment(
        Commitment::builder(
            "sudan-government-contribution",
            CommitmentKind::Fund,
            "the contribution of Sudan’s government set by a July 2011 peace deal",
        )
        .bound_party(&sudan_government)
        .provided_by(&peace_deal)
        .part_of(&total)
        .statement(&mahmoud_total)
        .about(&darfur)
        .quantity(Quantity::money(2_650_000_000u64, usd).as_written("$2.65bn"))
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence(
            "the contribution of Sudan’s government set by a July 2011 peace deal at $2.65bn",
        ),
    );
    let qatar_pledge = article.add_commitment(
        Commitment::builder(
            "qatar-pledge-500-million",
            CommitmentKind::Fund,
            "a promise of $500mn, including grants and contributions to projects",
        )
        .bound_party(&qatar)
        .modality(Modality::Pledge)
        .made_at(&conference)
        .part_of(&total)
        .statement(&mahmoud_grants)
        .about(&darfur)
        .quantity(Quantity::money(500_000_000u64, usd).as_written("$500mn"))
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence("host country Qatar which contributed $500mn")
        .evidence(
            "his country’s promise of $500mn would include grants and contributions to projects",
        ),
    );
    // What the $500mn includes; the article gives no amount for either.
    for (id, action, words) in [
        ("qatar-grants", "grants", "grants"),
        (
            "qatar-contributions-to-projects",
            "contributions to projects",
            "contributions to projects",
        ),
    ] {
        article.add_commitment(
            Commitment::builder(id, CommitmentKind::Fund, action)
                .bound_party(&qatar)
                .modality(Modality::Pledge)
                .made_at(&conference)
                .part_of(&qatar_pledge)
                .statement(&mahmoud_grants)
                .about(&darfur)
                .status(CommitmentStatus::Stated)
                .status_as_of(DAY)
                .evidence(words),
        );
    }
    let urgent = article.add_commitment(
        Commitment::builder(
            "urgent-aid-pledged",
            CommitmentKind::Fund,
            "urgent aid pledged at the conference",
        )
        .bound_party(&qatar)
        .bound_party(&other_donors)
        .modality(Modality::Pledge)
        .made_at(&conference)
        .part_of(&total)
        .statement(&mahmoud_immediate)
        .about(&darfur)
        // Printed "$177": the $177mn of Za'tari's words above. With "$177"
        // as its words the amount is refused (`amount_against_words`), so
        // it is given without them, as inferred.
        .quantity(Quantity::money(177_000_000u64, usd).inferred())
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence("the $177 urgent aid pledged at the conference"),
    );
    article.add_commitment(
        Commitment::builder(
            "qatar-immediate-88-million",
            CommitmentKind::Fund,
            "make an immediate contribution of $88mn",
        )
        .bound_party(&qatar)
        .modality(Modality::Pledge)
        .made_at(&conference)
        .part_of(&urgent)
        .statement(&mahmoud_immediate)
        .due(When::vague("immediate"))
        .about(&darfur)
        .quantity(Quantity::money(88_000_000u64, usd).as_written("$88mn"))
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence("Qatar will make an immediate contribution of $88mn"),
    );
    article.add_commitment(
        Commitment::builder(
            "qatar-development-bank-capital",
            CommitmentKind::Fund,
            "contribute to the capital of a $2bn Darfur Development Bank, initially with $200mn",
        )
        .bound_party(&qatar)
        .earlier_status(StatusObservation::new(CommitmentStatus::Stated))
        .statement(&sharkawi_bank)
        .about(&bank)
        .about(&darfur)
        .quantity(Quantity::money(200_000_000u64, usd).as_written("$200mn"))
        .status(CommitmentStatus::Confirmed)
        .status_as_of(DAY)
        .evidence("Qatar also confirmed its commitment to contribute to the capital of a $2bn Darfur Development Bank, initially with $200mn"),
    );
    article.add_commitment(
        Commitment::builder(
            "eu-pledge-27-million-euros",
            CommitmentKind::Fund,
            "pledged 27mn euros",
        )
        .bound_party(&eu)
        .modality(Modality::Pledge)
        .made_at(&conference)
        .part_of(&total)
        .about(&darfur)
        .quantity(
            Quantity::money(27_000_000u64, eur)
                .as_written("27mn euros")
                .equivalent(equivalent(35_000_000u64, usd, "$35mn")),
        )
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence("The European Union pledged 27mn euros ($35mn)"),
    );
    article.add_commitment(
        Commitment::builder(
            "germany-pledge-16-million-euros",
            CommitmentKind::Fund,
            "promised 16mn euros in aid",
        )
        .bound_party(&germany)
        .modality(Modality::Pledge)
        .made_at(&conference)
        .part_of(&total)
        .about(&darfur)
        .quantity(Quantity::money(16_000_000u64, eur).as_written("16mn euros"))
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence("Germany promised 16mn euros in aid at the conference"),
    );
    article.add_commitment(
        Commitment::builder(
            "chad-pledge-1-million",
            CommitmentKind::Fund,
            "pledged $1mn",
        )
        .bound_party(&chad)
        .modality(Modality::Pledge)
        .made_at(&conference)
        .part_of(&total)
        .about(&darfur)
        .quantity(Quantity::money(1_000_000u64, usd).as_written("$1mn"))
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence("Chad, pledged $1mn at the conference"),
    );
    // Offered before the pledges were announced; not said to be part of
    // the total.
    article.add_commitment(
        Commitment::builder(
            "britain-offer-11-million-pounds",
            CommitmentKind::Fund,
            "at least £11mn for Darfur annually over the next three years to help communities to grow food and boost employment skills",
        )
        .bound_party(&britain)
        .modality(Modality::Offer)
        .statement(&britain_offers)
        .due(When::vague("annually over the next three years"))
        .about(&darfur)
        .quantity(
            Quantity::money(11_000_000u64, gbp)
                .qualified(structured_news::QuantityQualifier::AtLeast)
                .as_written("at least £11mn")
                .equivalent(equivalent(16_500_000u64, usd, "$16.5mn")),
        )
        .status(CommitmentStatus::Stated)
        .status_as_of(DAY)
        .evidence("Britain had on Sunday offered at least £11mn ($16.5mn) for Darfur annually over the next three years"),
    );

    // Za'tari's judgement of what was raised.
    article.add_assessment(
        Assessment::builder(
            "zatari-enough-to-start",
            &total,
            "this we have already achieved at this stage",
            Polarity::Positive,
        )
        .assessor(&zatari)
        .statement(&zatari_target)
        .evidence("And this we have already achieved at this stage"),
    );
    article.add_assessment(
        Assessment::builder(
            "zatari-urgent-needs-covered",
            &total,
            "cover more than the $177mn needed for urgent",
            Polarity::Positive,
        )
        .assessor(&zatari)
        .statement(&zatari_cover)
        .evidence("These pledges cover more than the $177mn needed for urgent"),
    );

    Ok(article.build()?)
}

/// A date worked out from the publication date, with the words it comes
/// from if any.
fn inferred(date: &str, words: Option<&str>) -> Result<When, structured_news::ValueError> {
    let mut when = match words {
        Some(words) => When::as_written(date.parse()?, words),
        None => When::stated(date.parse()?),
    };
    when.inferred = true;
    Ok(when)
}

/// The same amount in another currency, with the words it is written in
/// (`Equivalent` has no builder for its words).
fn equivalent(amount: u64, currency: CurrencyCode, words: &str) -> Equivalent {
    let mut equivalent = Equivalent::new(amount, currency);
    equivalent.text = Some(words.to_owned());
    equivalent
}
