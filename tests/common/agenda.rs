//! A sandbox with a booked agenda, shared by the agenda and iCalendar CLI tests.

use serde_json::Value;

use super::sandbox::Sandbox;

pub fn add(s: &Sandbox, args: &[&str]) -> String {
    let mut all = vec!["agenda", "add"];
    all.extend_from_slice(args);
    s.ok(&all).trim().to_string()
}

pub fn booked() -> Sandbox {
    let s = Sandbox::new();
    s.ok(&["client", "add", "--name", "Ana Núñez"]);
    // Every Monday 10:00–11:00 from 23 March 2026, across the change to summer time.
    add(
        &s,
        &[
            "--agenda",
            "Jefe",
            "--title",
            "Reunión semanal",
            "--start",
            "2026-03-23 10:00",
            "--end",
            "11:00",
            "--repeat",
            "weekly",
            "--count",
            "6",
            "--reminder",
            "30",
            "--location",
            "Despacho",
        ],
    );
    add(
        &s,
        &[
            "--agenda",
            "Secretaría",
            "--title",
            "Llamar, a proveedor; urgente",
            "--start",
            "2026-03-30 10:00",
            "--end",
            "2026-03-30 10:15",
            "--category",
            "call",
            "--client",
            "1",
        ],
    );
    add(
        &s,
        &[
            "--agenda",
            "Jefe",
            "--title",
            "Feria",
            "--start",
            "2026-04-02",
            "--all-day",
            "--category",
            "activity",
            "--repeat",
            "yearly",
            "--until",
            "2030-12-31",
        ],
    );
    s
}

pub fn list(s: &Sandbox, from: &str, to: &str) -> Vec<Value> {
    let v = s.json(&[
        "agenda", "list", "--from", from, "--to", to, "--format", "json",
    ]);
    v.as_array().expect("array").clone()
}
