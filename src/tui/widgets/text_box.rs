//! A multi-line text box: ratatui-textarea with soft word wrap, for the free text of
//! the scene editor.

use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Block, Widget};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use crate::tui::theme;

/// A multi-line editor: cursor movement over wrapped lines, word motions, undo,
/// Unicode and paste, with Enter starting a new line.
#[derive(Debug, Clone)]
pub struct TextBox {
    area: TextArea<'static>,
}

impl Default for TextBox {
    fn default() -> Self {
        Self::new("")
    }
}

impl TextBox {
    /// A box holding `text`, cursor at its end, not focused.
    pub fn new(text: &str) -> Self {
        let lines: Vec<String> = text.split('\n').map(String::from).collect();
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        area.set_cursor_line_style(Style::default());
        area.set_placeholder_style(theme::hint());
        let mut text_box = Self { area };
        text_box.set_focused(false);
        text_box
    }

    /// The text, lines joined with `\n`.
    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// Shows the cursor only where the user is typing.
    pub fn set_focused(&mut self, focused: bool) {
        self.area.set_cursor_style(theme::cursor_when(focused));
    }

    /// Feeds a key; returns whether the text changed.
    pub fn handle(&mut self, key: KeyEvent) -> bool {
        self.area.input(key)
    }

    /// Inserts pasted text, line breaks kept (CR LF and CR read as LF).
    pub fn paste(&mut self, text: &str) -> bool {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        self.area.insert_str(text)
    }

    /// Draws the box inside `block`.
    pub fn render(&self, block: Block<'static>, area: Rect, buf: &mut Buffer) {
        let mut shown = self.area.clone();
        shown.set_block(block);
        (&shown).render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyModifiers};

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn enter_breaks_lines_and_the_cursor_moves_between_them() {
        let mut text = TextBox::new("Cola\nlarga");
        assert!(text.handle(key(KeyCode::Char('!'))));
        assert_eq!(text.text(), "Cola\nlarga!");
        text.handle(key(KeyCode::Up));
        text.handle(key(KeyCode::End));
        text.handle(key(KeyCode::Enter));
        text.handle(key(KeyCode::Char('ñ')));
        assert_eq!(text.text(), "Cola\nñ\nlarga!");
        assert!(text.paste("a\r\nb"));
        assert_eq!(text.text(), "Cola\nña\nb\nlarga!");
    }

    #[test]
    fn long_lines_wrap_at_words_on_screen() {
        let text = TextBox::new("una espera demasiado larga");
        let mut buf = Buffer::empty(Rect::new(0, 0, 12, 3));
        text.render(Block::default(), buf.area, &mut buf);
        let rows: Vec<String> = (0..3)
            .map(|y| (0..12).map(|x| buf[(x, y)].symbol()).collect::<String>())
            .collect();
        assert_eq!(rows[0].trim_end(), "una espera");
        assert_eq!(rows[1].trim_end(), "demasiado");
        assert_eq!(rows[2].trim_end(), "larga");
    }
}
