"""The window's panels: each follows the controller's signals on its own and talks back
through the controller or its own signals (never through the window)."""
