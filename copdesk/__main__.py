import sys

from copdesk.cli import main

sys.exit(main())
