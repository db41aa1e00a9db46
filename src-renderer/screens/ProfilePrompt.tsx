// The first-run prompt: until the practitioner profile has a name and credentials, the
// workspace says (once, above whatever is showing) that signing will need them, and leads to
// the form. It goes away by itself when the profile is complete.

import { useEffect } from 'react';
import { selectReadyToSign, useProfile } from '../stores/profile.js';
import { useWorkspace } from '../stores/workspace.js';

export function ProfilePrompt() {
  const loaded = useProfile((s) => s.profile !== null);
  const ready = useProfile(selectReadyToSign);
  const onSettings = useWorkspace((s) => s.section === 'settings');
  useEffect(() => {
    void useProfile.getState().load();
  }, []);
  if (!loaded || ready || onSettings) return null;
  return (
    <section className="alert alert-info profile-prompt" aria-labelledby="profile-prompt-title" data-testid="profile-prompt">
      <p className="alert-title" id="profile-prompt-title">
        Before your first signature, add your name and credentials
      </p>
      <p>Notes and treatment plans are signed by you as a person, with your credentials (for example “Ana Reyes, LCSW”), not with the vault’s name. It takes a minute in Settings.</p>
      <div className="actions">
        <button type="button" className="button-secondary" onClick={() => useWorkspace.getState().show('settings')}>
          Complete practitioner profile
        </button>
      </div>
    </section>
  );
}
