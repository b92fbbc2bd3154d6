package org.mlpsandbox.app.view;

import org.mlpsandbox.app.action.PlayPauseAction;
import org.mlpsandbox.app.action.ReloadPluginsAction;
import org.mlpsandbox.app.action.ResetAction;
import org.mlpsandbox.app.action.StepAction;
import org.mlpsandbox.app.action.ThemeToggleAction;

/** The actions the menu bar and the tool bar share (one instance each, so their states agree). */
record WindowActions(PlayPauseAction play, StepAction step, StepAction stepEpoch, ResetAction reset,
        ThemeToggleAction theme, ReloadPluginsAction reload) {
}
