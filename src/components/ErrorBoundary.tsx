import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Names what failed, e.g. the widget's title. */
  name: string;
  children: ReactNode;
}

/** Keeps one failing widget from blanking the chapter around it. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`${this.props.name} stopped:`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <div className="widget-failed" role="alert">
        <p>
          <strong>{this.props.name}</strong> stopped working: {error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
