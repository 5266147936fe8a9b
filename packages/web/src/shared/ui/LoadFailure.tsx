import { Component, type ReactNode } from 'react';
import { useI18n } from '../../i18n/index.tsx';

/**
 * Catches a screen (or a part of one) that failed to load or draw, instead of React leaving the
 * whole page blank. The usual cause is a part of the app fetched later (a lazy import) that is no
 * longer on the server: a new version was put up while the page was open, or the connection
 * dropped. Keyed by the area it holds, so going to another area tries again. (A part that may
 * simply be left out, the open 모집공고 under a result, catches its own import instead.)
 */
export class LoadFailure extends Component<{ children: ReactNode }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <LoadFailureNotice /> : this.props.children;
  }
}

function LoadFailureNotice() {
  const { t } = useI18n();
  return (
    <p className="notice" role="alert">
      {t.loadFailed}{' '}
      <button type="button" onClick={() => window.location.reload()}>
        {t.reload}
      </button>
    </p>
  );
}
