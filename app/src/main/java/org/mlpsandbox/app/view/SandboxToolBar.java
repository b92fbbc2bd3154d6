package org.mlpsandbox.app.view;

import java.awt.Component;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;
import javax.swing.Timer;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.app.model.Speed;

/**
 * The tool bar: Play, Step, Epoch and Reset, the {@link Speed}, a passing notice and the theme toggle. Components are
 * named for tests: {@code play}, {@code step}, {@code stepEpoch}, {@code reset}, {@code speed}, {@code notice},
 * {@code themeToggle}.
 */
final class SandboxToolBar extends JToolBar {

    /** The speed a new window trains at. */
    static final Speed START_SPEED = Speed.FAST;

    private final JLabel notice = new JLabel();
    private final Timer noticeTimer = new Timer(6000, e -> notice.setText(""));
    private final List<JComponent> sandboxControls = new ArrayList<>();

    SandboxToolBar(SandboxModel model, WindowActions actions) {
        setFloatable(false);
        setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        JToggleButton playButton = new JToggleButton(actions.play()) {
            @Override
            public Dimension getPreferredSize() {
                return com.formdev.flatlaf.util.UIScale.scale(new Dimension(104, 34)); // grows with the zoom
            }

            @Override
            public Dimension getMaximumSize() {
                return getPreferredSize();
            }
        };
        playButton.setName("play");
        playButton.putClientProperty("FlatLaf.style", "font: bold +1; background: $Component.accentColor;"
                + " foreground: #ffffff; selectedBackground: darken($Component.accentColor,10%);"
                + " selectedForeground: #ffffff; arc: 999; borderWidth: 0; focusWidth: 0");
        playButton.setFocusable(false);
        add(playButton);
        addSeparator(new Dimension(8, 0));
        add(button(actions.step(), "step"));
        add(button(actions.stepEpoch(), "stepEpoch"));
        add(button(actions.reset(), "reset"));
        addSeparator(new Dimension(12, 0));
        JLabel speedLabel = new JLabel("Speed ");
        add(speedLabel);
        JComboBox<Speed> speed = speedChoice(model);
        add(speed);
        addSeparator(new Dimension(16, 0));
        notice.setName("notice");
        add(notice);
        java.util.Collections.addAll(sandboxControls, playButton, speedLabel, speed);
        for (Component c : getComponents()) {
            if (c instanceof JButton || c instanceof JToolBar.Separator) {
                sandboxControls.add((JComponent) c);
            }
        }
        add(Box.createHorizontalGlue());
        JToggleButton themeButton = new JToggleButton(actions.theme());
        themeButton.setName("themeToggle");
        themeButton.setFocusable(false);
        add(themeButton);
        noticeTimer.setRepeats(false);
    }

    private static JComboBox<Speed> speedChoice(SandboxModel model) {
        JComboBox<Speed> speed = new JComboBox<>(Speed.values());
        speed.setName("speed");
        speed.setToolTipText("Slow: " + Speed.SLOW.stepsPerFrame() + " batch per frame (about 30 a second), Medium: "
                + Speed.MEDIUM.stepsPerFrame() + ", Fast: " + Speed.FAST.stepsPerFrame()
                + ", Full: as fast as the computer goes");
        speed.setMaximumSize(new Dimension(110, 30));
        speed.setSelectedItem(START_SPEED);
        model.run().setSpeed(START_SPEED);
        speed.addActionListener(e -> model.run().setSpeed((Speed) speed.getSelectedItem()));
        model.addListener(c -> { // a lesson may set the speed: keep the choice in step
            if (c == SandboxModel.Change.RUN && speed.getSelectedItem() != model.run().speed()) {
                speed.setSelectedItem(model.run().speed());
            }
        });
        speed.setFocusable(false);
        return speed;
    }

    private static JButton button(Action a, String name) {
        JButton b = new JButton(a);
        b.setName(name);
        b.setFocusable(false);
        return b;
    }

    /** Play, Step, Reset, Speed and their separators: hidden while a lesson's own view fills the window. */
    List<JComponent> sandboxControls() {
        return sandboxControls;
    }

    /** A passing message (cleared after a few seconds); the whole text is in its tooltip. */
    void notice(String text) {
        String line = text.lines().findFirst().orElse("");
        notice.setText(line.length() > 150 ? line.substring(0, 149) + "…" : line);
        notice.setToolTipText(text.isEmpty() ? null : text);
        noticeTimer.restart();
    }

    String noticeText() {
        return notice.getText();
    }

    /** Stops the notice timer (the window closed). */
    void dispose() {
        noticeTimer.stop();
    }
}
