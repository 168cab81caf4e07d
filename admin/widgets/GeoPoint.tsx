/**
 * A point on the map, entered by pasting: a Google Maps link or coordinates in any common form
 * (src/places/geo.ts reads them). What it reads is stored as `-7.05120, 110.43810` and shown with a
 * link to check it on the map. A picker on a map was not chosen: it needs map tiles from a
 * third party in the CMS (and its Content-Security-Policy), and editors already find the place
 * in Google Maps, where the business usually is.
 */
import type { CmsWidgetControlProps } from 'decap-cms-core';
import { Component, type ChangeEvent } from 'react';
import { pointText } from '../../src/places/geo';
import { readLocation } from '../../src/schema/places';
import { t } from '../../src/i18n';

type ControlProps = CmsWidgetControlProps<unknown>;

const asText = (value: unknown) => (typeof value === 'string' ? value : '');

/** What the text gives: nothing when it is empty, else a point in Jawa Tengah or why not. */
const locationOf = (text: string) => (text.trim() ? readLocation(text) : undefined);

// A class component, because Decap calls `isValid()` on the control instance through a ref.
export class GeoPointControl extends Component<ControlProps, { text: string }> {
  override state = { text: asText(this.props.value) };

  private change = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    const location = locationOf(text);
    // A readable point is stored in the one form the site writes; anything else as typed, so
    // the message below (and the build) can name it.
    const stored = location?.ok ? pointText(location.point) : text;
    this.setState({ text: stored });
    this.props.onChange(stored.trim() ? stored : '');
  };

  isValid = () => {
    const location = locationOf(this.state.text);
    return location && !location.ok ? { error: { message: location.message } } : true;
  };

  override render() {
    const { forID, classNameWrapper } = this.props;
    const { text } = this.state;
    const location = locationOf(text);
    return (
      <div className={classNameWrapper}>
        <input
          id={forID}
          type="text"
          inputMode="url"
          value={text}
          onChange={this.change}
          placeholder="-7.05120, 110.43810"
          aria-describedby={`${forID}-status`}
          style={{ inlineSize: '100%', border: 0, font: 'inherit', background: 'transparent' }}
        />
        <p id={`${forID}-status`} role="status" style={{ margin: '0.5rem 0 0' }}>
          {location?.ok ? (
            <>
              {t('validation.locationRead', pointText(location.point))} ·{' '}
              <a
                href={`https://www.google.com/maps/search/?api=1&query=${location.point.lat},${location.point.lng}`}
                target="_blank"
                rel="noreferrer"
              >
                {t('validation.locationCheck')}
              </a>
            </>
          ) : (
            location?.message
          )}
        </p>
      </div>
    );
  }
}
