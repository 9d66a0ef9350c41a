import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';

/** Pick a volunteer by name or student number (coordinators; searches as you type). */
export function VolunteerSelect(props: Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption'>) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const volunteers = useQuery({
    queryKey: ['volunteers', 'search', q],
    queryFn: () =>
      unwrap(api.GET('/api/volunteers', { params: { query: { q: q || undefined, limit: 20 } } })),
    staleTime: 60_000,
  });
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={t('staff.pickVolunteer')}
      loading={volunteers.isFetching}
      options={(volunteers.data?.items ?? []).map((v) => ({
        value: v.id,
        label: `${v.name}（${v.studentNumber}）`,
      }))}
      {...props}
    />
  );
}
