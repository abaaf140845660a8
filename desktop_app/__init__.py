"""湘阅 Xiangyue: an offline reader for Chinese newspaper pages."""

__version__ = "0.1.0"

APP_NAME = "Xiangyue"
APP_DISPLAY_NAME = "湘阅 Xiangyue"
APP_ID = "org.xiangyue.Xiangyue"
ORG_NAME = "Xiangyue"
