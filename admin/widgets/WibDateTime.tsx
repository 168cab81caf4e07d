/** Date and time inputs that always mean WIB (Decap's own datetime widget uses the browser's zone). */
import type { CmsWidgetControlProps } from 'decap-cms-core';
import { Component, type ChangeEvent } from 'react';
import { formatDateTime } from '../../src/lib/format';
import { joinWib, splitWib, type WibParts } from '../../src/time/wib';

type ControlProps = CmsWidgetControlProps<unknown>;

// A class component, because Decap calls `isValid()` on the control instance through a ref.
export class WibDateTimeControl extends Component<ControlProps, WibParts> {
  override state: WibParts = splitWib(this.props.value);

  private update = (part: keyof WibParts) => (event: ChangeEvent<HTMLInputElement>) => {
    const next = { ...this.state, [part]: event.target.value };
    this.setState(next);
    this.props.onChange(joinWib(next));
  };

  isValid = () => {
    const { date, time } = this.state;
    if ((date || time) && !joinWib(this.state))
      return { error: { message: 'Isi tanggal dan jam (WIB) dengan lengkap.' } };
    return true;
  };

  override render() {
    const { forID, classNameWrapper } = this.props;
    return (
      <div
        className={classNameWrapper}
        style={{ display: 'flex', gap: '0.75rem', alignItems: 'center', flexWrap: 'wrap' }}
      >
        <input id={forID} type="date" value={this.state.date} onChange={this.update('date')} aria-label="Tanggal" />
        <input type="time" step={60} value={this.state.time} onChange={this.update('time')} aria-label="Jam (WIB)" />
        <span>WIB</span>
      </div>
    );
  }
}

export function WibDateTimePreview({ value }: { value: unknown }) {
  const { date, time } = splitWib(value);
  return <span>{date && time ? formatDateTime(new Date(joinWib({ date, time }))) : '–'}</span>;
}
