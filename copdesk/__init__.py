"""CoP Desk: a desktop program for organising a Community of Practice."""

__version__ = "0.1.0"
APP_NAME = "CoP Desk"
APP_ID = "copdesk"
