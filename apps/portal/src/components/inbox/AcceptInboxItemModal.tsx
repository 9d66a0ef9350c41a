import { api, unwrap, type Schemas } from '../../api/client';
import { TextPromptModal } from '../TextPromptModal';

/** What the accept dialog says, in the words of the page it opens from (the inbox, the referrals). */
export interface AcceptTexts {
  title: string;
  label: string;
  explain: string;
  okText: string;
}

/** The organisation takes an inbox item on, with an optional note the sender hears of. */
export function AcceptInboxItemModal({
  item,
  texts,
  onSaved,
  onClose,
}: {
  item: Schemas['InboxItemView'];
  texts: AcceptTexts;
  onSaved: () => Promise<unknown>;
  onClose: () => void;
}) {
  return (
    <TextPromptModal
      {...texts}
      required={false}
      maxLength={2000}
      onSubmit={(notes) =>
        unwrap(
          api.POST('/api/inbox/{id}/accept', {
            params: { path: { id: item.id } },
            body: { notes: notes || undefined },
          }),
        ).then(onSaved)
      }
      onClose={onClose}
    />
  );
}
