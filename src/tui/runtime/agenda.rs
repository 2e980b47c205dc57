//! The Agenda tab's effects: the week shown, reminders, saving and deleting entries.

use chrono::{Duration, NaiveDateTime};

use super::{Outcome, Runtime};
use crate::domain::AppointmentStatus;
use crate::i18n::Msg;
use crate::ops::view_state;
use crate::store::{Base, StoreError};
use crate::tui::action::AgendaLoaded;
use crate::tui::effect::AgendaEffect;
use crate::tui::tabs::agenda::Booking;

impl Runtime {
    pub(super) fn agenda(&mut self, effect: AgendaEffect) -> Outcome<AgendaLoaded> {
        Ok(match effect {
            AgendaEffect::Load { from, to } => self.week(from, to)?,
            AgendaEffect::LoadReminders(now) => self.reminders(now)?,
            AgendaEffect::Save {
                booking,
                allow_clash,
                base,
            } => {
                let id = booking.appointment();
                match self.save_booking(booking, allow_clash, base) {
                    Err(StoreError::Changed { .. }) => match id {
                        Some(id) => {
                            AgendaLoaded::Changed(Some(Box::new(self.store.appointment(id)?)))
                        }
                        None => {
                            return Err(StoreError::Changed {
                                what: "agenda entry",
                                id: 0,
                            }
                            .into());
                        }
                    },
                    Err(StoreError::NoAppointment(gone)) if Some(gone) == id => {
                        AgendaLoaded::Changed(None)
                    }
                    other => other?,
                }
            }
            AgendaEffect::Delete(id) => {
                self.store.delete_appointment(id)?;
                AgendaLoaded::Done(Msg::AppointmentDeleted)
            }
            AgendaEffect::AddAgenda(name) => {
                AgendaLoaded::AgendaAdded(self.store.add_agenda(&name)?)
            }
            AgendaEffect::RememberHidden(names) => {
                if let Some(file) = &self.session.view_state {
                    let mut view = view_state::load(file, &self.session.database);
                    view.hidden_agendas = names;
                    view_state::save(file, &self.session.database, &view)?;
                }
                AgendaLoaded::Remembered
            }
        })
    }

    fn week(&mut self, from: NaiveDateTime, to: NaiveDateTime) -> Outcome<AgendaLoaded> {
        let zone = self.session.config.agenda.time_zone;
        // The first week of the run brings the agendas hidden when the TUI was left.
        let remembered = match (&self.session.view_state, self.view_given) {
            (Some(file), false) => Some(view_state::load(file, &self.session.database)),
            _ => None,
        };
        self.view_given = true;
        Ok(AgendaLoaded::Week {
            agendas: self.store.agendas()?,
            schedule: Box::new(self.store.schedule(&[], from, to, zone)?),
            from,
            to,
            hidden: remembered.map(|v| v.hidden_agendas),
        })
    }
    /// The occurrences whose reminders may fall due soon after `now`.
    fn reminders(&self, now: NaiveDateTime) -> Outcome<AgendaLoaded> {
        let ahead = Duration::minutes(i64::from(self.store.longest_reminder()?));
        let zone = self.session.config.agenda.time_zone;
        let day = Duration::days(1);
        let schedule = self
            .store
            .schedule(&[], now - day, now + ahead + day, zone)?;
        Ok(AgendaLoaded::Reminders(Box::new(schedule)))
    }

    /// Saves `booking` unless it clashes (and `allow_clash` is off) or the entry moved
    /// on from `base`.
    fn save_booking(
        &mut self,
        booking: Booking,
        allow_clash: bool,
        base: Base,
    ) -> crate::store::Result<AgendaLoaded> {
        let zone = self.session.config.agenda.time_zone;
        let now = self.session.clock.now();
        let store = &mut self.store;
        let (status, clashes) = match &booking {
            Booking::Entry(id, a) => (
                a.status,
                if allow_clash {
                    Vec::new()
                } else {
                    store.clashes(*id, a, zone)?
                },
            ),
            Booking::Occurrence(id, ov, _) => {
                let clashes = if allow_clash {
                    Vec::new()
                } else {
                    let mut candidate = store.appointment(*id)?;
                    candidate.overrides.retain(|o| o.original != ov.original);
                    candidate.overrides.push(ov.clone());
                    let window = (ov.start, ov.end.max(ov.start + Duration::minutes(1)));
                    store.clashes_of(&candidate, window, zone)?
                };
                (ov.status, clashes)
            }
        };
        if !clashes.is_empty() {
            return Ok(AgendaLoaded::Clashes(clashes));
        }
        match booking {
            Booking::Entry(Some(id), a) => store.update_appointment(id, &a, now, base)?,
            Booking::Entry(None, a) => {
                store.add_appointment(&a, now)?;
            }
            Booking::Occurrence(id, ov, _) => store.set_occurrence(id, ov, base)?,
        }
        Ok(AgendaLoaded::Done(match status {
            AppointmentStatus::Done => Msg::AppointmentDone,
            AppointmentStatus::Cancelled => Msg::OccurrenceCancelled,
            AppointmentStatus::Planned => Msg::AppointmentSaved,
        }))
    }
}
