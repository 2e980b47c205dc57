//! A one-line text input: ratatui-textarea with newlines kept out.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;
use ratatui_textarea::TextArea;

use crate::tui::theme;

/// A single-line editor with cursor movement, word motions, undo (Ctrl-Z) and
/// Unicode. Ctrl-U empties it; reached with Tab, its text is selected, so typing
/// replaces it and an arrow key keeps it.
#[derive(Debug, Clone)]
pub struct TextInput {
    area: TextArea<'static>,
}

impl Default for TextInput {
    fn default() -> Self {
        Self::new("")
    }
}

impl TextInput {
    /// An input holding `text`, cursor at the end, not focused.
    pub fn new(text: &str) -> Self {
        let mut area = TextArea::new(vec![text.to_string()]);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        area.set_cursor_line_style(Style::default());
        area.set_placeholder_style(theme::hint());
        area.set_selection_style(theme::selected());
        let mut input = Self { area };
        input.set_focused(false);
        input
    }

    /// The text typed so far.
    pub fn text(&self) -> String {
        self.area.lines().join(" ")
    }

    /// Shows a grey hint while the input is empty.
    pub fn set_placeholder(&mut self, hint: &str) {
        self.area.set_placeholder_text(hint.to_string());
    }

    /// Shows the cursor only where the user is typing.
    pub fn set_focused(&mut self, focused: bool) {
        self.area.set_cursor_style(theme::cursor_when(focused));
        if !focused {
            self.area.cancel_selection();
        }
    }

    /// Focuses the input with its text selected: the next character typed replaces
    /// it, an arrow key keeps it.
    pub fn focus_selecting(&mut self) {
        self.set_focused(true);
        if !self.text().is_empty() {
            self.area.select_all();
        }
    }

    /// Replaces the text (the cursor at its end), as a change the user can undo.
    pub fn set_text(&mut self, text: &str) {
        self.area.select_all();
        self.area.cut();
        self.area.insert_str(text);
    }

    /// Feeds a key; returns whether the text changed. Keys that would start a new
    /// line are ignored.
    pub fn handle(&mut self, key: KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let newline = matches!(key.code, KeyCode::Enter | KeyCode::Tab | KeyCode::BackTab)
            || matches!(key.code, KeyCode::Char('\n' | '\r'))
            || (ctrl && key.code == KeyCode::Char('m'));
        if newline {
            return false;
        }
        let before = self.text();
        match key.code {
            // Ctrl-U empties the line, as in a shell; Ctrl-Z undoes.
            KeyCode::Char('u') if ctrl => {
                self.area.select_all();
                self.area.cut();
            }
            KeyCode::Char('z') if ctrl => {
                self.area.undo();
            }
            _ => {
                self.area.input(key);
            }
        }
        self.text() != before
    }

    /// Inserts pasted text, with line breaks turned into spaces.
    pub fn paste(&mut self, text: &str) -> bool {
        let flat: String = text
            .chars()
            .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
            .collect();
        self.area.insert_str(flat.trim_end())
    }

    /// Empties the input.
    pub fn clear(&mut self) {
        self.area = {
            let mut fresh = Self::new("");
            fresh.area.set_cursor_style(self.area.cursor_style());
            fresh
                .area
                .set_placeholder_text(self.area.placeholder_text().to_string());
            fresh.area
        };
    }

    /// Draws the input into `area` (one row is used).
    pub fn render(&self, area: Rect, buf: &mut Buffer) {
        let row = Rect {
            height: area.height.min(1),
            ..area
        };
        let hint = self.area.placeholder_text();
        if !self.text().is_empty() || hint.is_empty() {
            (&self.area).render(row, buf);
            self.mark_hidden_ends(row, buf);
            return;
        }
        // The hint where the text will start (the library draws it one column right
        // of a cursor cell), the cursor on its first letter when focused.
        buf.set_stringn(row.x, row.y, hint, row.width as usize, theme::hint());
        if row.width > 0 && row.height > 0 {
            buf[(row.x, row.y)].set_style(self.area.cursor_style());
        }
    }
}

impl TextInput {
    /// A text longer than its row shows a … where it goes on out of sight (left of a
    /// scrolled start, right of a cut end), never over the cursor.
    fn mark_hidden_ends(&self, row: Rect, buf: &mut Buffer) {
        if row.width < 2 || row.height == 0 {
            return;
        }
        let (_, scrolled) = self.area.scroll_offset();
        let scrolled = usize::from(scrolled);
        let cursor = self.area.screen_cursor().col.checked_sub(scrolled);
        let focused = self.area.cursor_style() == theme::cursor_when(true);
        let width = usize::from(row.width);
        let hidden_right =
            unicode_width::UnicodeWidthStr::width(self.text().as_str()) > scrolled + width;
        for (hidden, at) in [(scrolled > 0, 0), (hidden_right, width - 1)] {
            if hidden && !(focused && cursor == Some(at)) {
                let x = row.x + at as u16;
                buf[(x, row.y)].set_symbol("…").set_style(theme::hint());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    /// The hint of an empty input starts where its text will, focused or not.
    #[test]
    fn the_hint_starts_where_the_text_will() {
        let mut input = TextInput::new("");
        input.set_placeholder("dd/mm/aaaa");
        let area = Rect::new(0, 0, 12, 1);
        let drawn = |input: &TextInput| {
            let mut buf = Buffer::empty(area);
            input.render(area, &mut buf);
            (0..12u16)
                .map(|x| buf[(x, 0)].symbol().to_string())
                .collect::<String>()
        };
        assert_eq!(drawn(&input), "dd/mm/aaaa  ");
        input.set_focused(true);
        assert_eq!(drawn(&input), "dd/mm/aaaa  ");
        input.handle(key(KeyCode::Char('1')));
        assert_eq!(drawn(&input), "1           ");
    }

    /// A name longer than its field shows … where it goes on out of sight.
    #[test]
    fn a_long_text_marks_its_hidden_ends() {
        let area = Rect::new(0, 0, 10, 1);
        let drawn = |input: &TextInput| {
            let mut buf = Buffer::empty(area);
            input.render(area, &mut buf);
            (0..10u16)
                .map(|x| buf[(x, 0)].symbol().to_string())
                .collect::<String>()
        };
        let mut input = TextInput::new("Ferretería Pérez S.L.");
        input.set_focused(true);
        // Typed to its end: the start is out of sight.
        let shown = drawn(&input);
        assert!(shown.starts_with('…'), "{shown:?}");
        // Home: the start is back, the end is out of sight.
        input.handle(key(KeyCode::Home));
        let shown = drawn(&input);
        assert!(
            shown.starts_with("Ferre") && shown.ends_with('…'),
            "{shown:?}"
        );
        // A short text has no mark.
        assert_eq!(drawn(&TextInput::new("Ana")), "Ana       ");
    }

    #[test]
    fn typing_editing_and_no_newlines() {
        let mut input = TextInput::new("Jos");
        assert!(input.handle(key(KeyCode::Char('é'))));
        assert!(!input.handle(key(KeyCode::Enter)));
        assert_eq!(input.text(), "José");
        input.handle(key(KeyCode::Home));
        input.handle(key(KeyCode::Delete));
        assert_eq!(input.text(), "osé");
        assert!(input.paste("Ana\nMaría"));
        assert_eq!(input.text(), "Ana Maríaosé");
        input.clear();
        assert_eq!(input.text(), "");
    }

    #[test]
    fn tab_selects_so_typing_replaces_ctrl_u_clears_and_ctrl_z_undoes() {
        let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        let mut input = TextInput::new("11:00");
        input.focus_selecting();
        input.handle(key(KeyCode::Char('1')));
        input.handle(key(KeyCode::Char('0')));
        assert_eq!(input.text(), "10", "typing replaced the selection");
        let mut input = TextInput::new("11:00");
        input.focus_selecting();
        input.handle(key(KeyCode::End));
        input.handle(key(KeyCode::Char('h')));
        assert_eq!(input.text(), "11:00h", "an arrow key kept the text");
        assert!(input.handle(ctrl('u')));
        assert_eq!(input.text(), "");
        assert!(input.handle(ctrl('z')));
        assert_eq!(input.text(), "11:00h", "undone");
    }
}
