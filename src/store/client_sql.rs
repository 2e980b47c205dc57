//! The SQL that writes a card, built once from its columns.

/// The card's columns of the `client` table, in the order `clients::execute_with_card` gives them.
pub(super) const CARD_COLUMNS: [&str; 30] = [
    "name",
    "kind",
    "relation",
    "tax_id",
    "address",
    "city",
    "postcode",
    "birthday",
    "preferred_channel",
    "marketing_consent",
    "consent_date",
    "source",
    "referred_by",
    "influence",
    "buying_behaviour",
    "inactivity_reason",
    "member_since",
    "notes",
    "given_name",
    "surname",
    "second_surname",
    "prefix",
    "nickname",
    "organisation",
    "job_title",
    "website",
    "region",
    "country",
    "uid",
    "sort_key",
];

/// `INSERT` of a card: its columns as `?1`…, then the time it was created.
pub(super) static INSERT_CARD: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let n = CARD_COLUMNS.len();
    let places: Vec<String> = (1..=n).map(|i| format!("?{i}")).collect();
    format!(
        "INSERT INTO client ({}, created_at, updated_at, version)
         VALUES ({}, ?{t}, ?{t}, (SELECT n FROM version_counter))",
        CARD_COLUMNS.join(", "),
        places.join(", "),
        t = n + 1
    )
});

/// `UPDATE` of a card: its columns as `?1`…, then the time, then the id.
pub(super) static UPDATE_CARD: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let n = CARD_COLUMNS.len();
    let sets: Vec<String> = CARD_COLUMNS
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{c} = ?{}", i + 1))
        .collect();
    format!(
        "UPDATE client SET {}, updated_at = ?{} WHERE id = ?{}",
        sets.join(", "),
        n + 1,
        n + 2
    )
});
