import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** What a paged list's query says of its next page (TanStack Query's infinite query). */
interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** "Load more" under a paged list, while the list has another page. */
export function LoadMore({ query }: { query: PagedQuery }) {
  const { t } = useTranslation();
  if (!query.hasNextPage) return null;
  return (
    <Button block loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
      {t('common.loadMore')}
    </Button>
  );
}
