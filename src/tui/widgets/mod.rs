//! Widgets shared by the panes.

pub mod fields;
pub mod fit;
pub mod highlight;
pub mod popup;
pub mod text_box;
pub mod text_input;

pub use text_box::TextBox;
pub use text_input::TextInput;
