import { useTranslation } from 'react-i18next';
import { ChoiceFilter } from '../../components/ChoiceFilter';
import { PlaceFilter, type FilterProps } from '../../components/FilterSelect';
import { departureLevels, type DepartureLevel } from './labels';
import { usePlaces } from './queries';

type DepartureFilterProps<V> = Omit<FilterProps<V>, 'label' | 'anyLabel' | 'shownLabel'>;

/**
 * The migration register's and the check-in worklist's filter by Gram Panchayat or village, among
 * the places departures were reported from, labelled alike on both.
 */
export function DeparturePlaceFilter({ kind, ...props }: DepartureFilterProps<string> & { kind: 'gramPanchayats' | 'villages' }) {
  const { t } = useTranslation();
  const places = usePlaces();
  return (
    <PlaceFilter
      kind={kind}
      places={places.data}
      label={kind === 'gramPanchayats' ? t('safetynet.list.filterGp') : t('safetynet.worklist.filterVillage')}
      shownLabel
      anyLabel={t('safetynet.list.any')}
      {...props}
    />
  );
}

/** The same two lists' filter by a departure's level of concern. */
export function DepartureLevelFilter(props: DepartureFilterProps<DepartureLevel>) {
  const { t } = useTranslation();
  return (
    <ChoiceFilter
      label={t('safetynet.list.filterLevel')}
      shownLabel
      anyLabel={t('safetynet.list.any')}
      choices={departureLevels}
      choiceName={(l) => t(`safetynet.levels.${l}`)}
      {...props}
    />
  );
}
