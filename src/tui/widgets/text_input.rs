//! A one-line text input: ratatui-textarea with newlines kept out.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;
use ratatui_textarea::TextArea;

use crate::tui::theme;

/// A single-line editor with cursor movement, word motions, undo and Unicode.
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
        self.area.input(key);
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
        (&self.area).render(row, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
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
}
